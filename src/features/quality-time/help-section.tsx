import { Card } from "@/components/ui/card";

/** The help page's words on quality time both chose. */
export function QualityTimeHelpSection() {
  return (
    <Card title="Quality time" headingId="quality-time">
      <ul className="flex list-disc flex-col gap-2 ps-5 text-stone-800">
        <li>
          Under “Quality time” are a few dozen ideas for time together, by kind (at home, outdoors, going out,
          talking, making something) and by how much they take. Either of you can add your own.
        </li>
        <li>
          Mark each idea yes, maybe or not now. Your marks are private: your partner never sees them, and a
          “not now” never reaches them in any way. Only ideas you both want (two yeses, or a yes and a maybe)
          appear under “You both want”.
        </li>
        <li>
          Put one of those on a day and it becomes a one-off commitment you share, due that day, on Today and
          the consistency dashboard like any other.
        </li>
        <li>
          From that day on, each of you answers two small questions: a moment you liked, and how close you
          felt (1 to 5). Your answers stay private until you've both answered; then you both see both, and the
          time is kept in your journey. It's each one's own feeling: Kept never compares or scores them.
        </li>
      </ul>
    </Card>
  );
}
