import { Card } from "@/components/ui/card";

/** The help page's words on Amends, the weekly talk and the journey. */
export function RepairHelpSection() {
  return (
    <>
      <Card title="Amends" headingId="amends">
        <ul className="flex list-disc flex-col gap-2 ps-5 text-stone-800">
          <li>
            An amends is an honest account of something you did: what you did, the impact you understand it
            had, and what you will do differently. The guidance beside each field helps you leave out excuses
            and “but”.
          </li>
          <li>
            A draft is yours alone until you share it: your partner can't see it, isn't told about it, and it
            isn't in their download. Once shared it stays as it was; both of you can add follow-ups, and the
            history stays.
          </li>
          <li>
            Your partner answers when they're ready: “Thank you, I received it”, “I'm not ready to respond
            yet”, or “I'd like us to talk about it”, which puts it on your next weekly talk. They can change
            their answer later.
          </li>
          <li>
            If you like, what you'll do differently becomes a commitment you check in on, or a boundary you
            propose, in one step. Amends are never scored and never appear on the dashboard.
          </li>
        </ul>
      </Card>
      <Card title="The weekly talk" headingId="weekly-talk">
        <ul className="flex list-disc flex-col gap-2 ps-5 text-stone-800">
          <li>
            Once a week, on a day you choose together, each of you answers four short prompts: something you
            appreciated, what went well, something that was hard, and one request for the coming week. The day
            starts at midnight in each person's own time zone, and Kept tells each of you then that your talk
            is ready (you can turn that off in Settings).
          </li>
          <li>
            Your answers stay private until you've both shared yours; then you both see both, at the same
            moment. Before that, your partner only sees that you've shared, never what you wrote.
          </li>
          <li>
            Then listen: say back each of your partner's answers in your own words (“What I heard you say…”),
            and they answer “Yes, that's it” or “Not quite”, with a word more.
          </li>
          <li>
            The talk shows this week's consistency for both of you side by side, and the amends waiting to be
            talked about. Either of you can say “Not this week”: nothing is lost and nothing is counted
            against anyone.
          </li>
        </ul>
      </Card>
      <Card title="Your journey" headingId="journey">
        <ul className="flex list-disc flex-col gap-2 ps-5 text-stone-800">
          <li>
            Your way together since you linked, month by month: boundaries agreed and revised, commitments
            started and ended, amends shared and received, talks held, and each person's kept-rate for the
            month.
          </li>
          <li>
            Each month is compared only with your own month before. There's no ranking of the two of you and
            no streaks: trust comes back over months, not days.
          </li>
        </ul>
      </Card>
    </>
  );
}
