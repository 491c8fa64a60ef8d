import { Card } from "@/components/ui/card";

/** The help page's words on boundaries that come up for review. */
export function BoundaryReviewHelpSection() {
  return (
    <Card title="Boundaries that come up for review" headingId="boundary-review">
      <ul className="flex list-disc flex-col gap-2 ps-5 text-stone-800">
        <li>
          A boundary can be agreed “for now”: give it a review date when you propose it, or later on its page.
          Boundaries about phones and privacy suggest a review in 90 days, because checking on each other for
          ever turns into surveillance. You can change or remove the date.
        </li>
        <li>
          From that day (your own day, in your time zone) you're both asked: keep it, loosen it, or retire it?
          Keeping needs both of you; then it stays as it is, without a new date.
        </li>
        <li>
          Loosening means proposing a new wording, and retiring means proposing to retire it: your partner
          answers as with any change (agree, suggest an edit, or decline). Agreed, it becomes a new version or
          is retired; declined, the review stays open.
        </li>
      </ul>
    </Card>
  );
}
