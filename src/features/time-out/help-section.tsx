import { Card } from "@/components/ui/card";

/** The help page's words on the time-out. */
export function TimeOutHelpSection() {
  return (
    <Card title="Time-out" headingId="time-out">
      <ul className="flex list-disc flex-col gap-2 ps-5 text-stone-800">
        <li>
          When a conversation gets too heated, tap “Time-out” at the top of any page. Choose when you'll be
          back: at least 20 minutes (the time a body needs to calm down), at most 24 hours. No reason needed.
        </li>
        <li>
          Your partner sees a calm note that you need a break and the time you'll be back. It's the one time
          of day Kept ever shows your partner (everything else is shown as days): you choose to share it so
          they aren't left wondering. Nobody outside the two of you sees it. A counselor link only counts the
          time-outs the two of you took and how many ended with a return, never when or whose.
        </li>
        <li>
          Kept reminds you shortly before. Coming back is one tap, “I'm back, ready to talk”, and your partner
          is told. If you don't come back within an hour of your time, the time-out simply ends and you both
          get a gentle note. Nothing is scored.
        </li>
        <li>
          A time-out is a pause, not a way around talking: at most three in seven days, and your weekly talk
          waits for you all the same. It isn't a break from sharing (that's days, in Settings) and it isn't an
          unlink.
        </li>
      </ul>
    </Card>
  );
}
