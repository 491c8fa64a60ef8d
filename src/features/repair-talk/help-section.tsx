import { Card } from "@/components/ui/card";

/** The help page's words on "Talk about what happened". */
export function RepairTalkHelpSection() {
  return (
    <Card title="Talk about what happened" headingId="repair-talk">
      <ul className="flex list-disc flex-col gap-2 ps-5 text-stone-800">
        <li>
          After a fight, once you're both calm, either of you can start a conversation about it (under “What
          happened”). Name it in a few words; your partner sees those words at once. If it's about one of your
          check-ins, a boundary or an amends, you can pick it from the list, and the conversation links to it.
        </li>
        <li>
          Then you both go through the same steps: how you felt (pick words from a list, add your own), what
          you heard your partner say about their feelings, your reality of what happened, what it touched in
          you (you can leave that one out), your part in it, and one thing you'll do differently next time.
        </li>
        <li>
          Each answer is private until you've both shared that step; then you both see both. Your partner only
          learns that you've shared, never what, until they've shared too. Once shared, an answer stays as it
          was.
        </li>
        <li>
          When your partner says back how you felt, tell them “Yes, that's it” or “Not quite”; after a “not
          quite” they can try again. Your reality is your own view: Kept gently points out blame words like
          “you always”, but never stops you.
        </li>
        <li>
          Your “one thing I'll do differently” can become a commitment or a boundary you propose, in one step,
          and once you've both shared your part, yours can become an amends (filled in for you to change;
          share it or keep it as a draft). Too much? Take a time-out and come back, or stop and take it to
          your weekly talk or your counselor. Nothing is scored; a counselor link shows only how many
          conversations and time-outs you had and what they led to, never what you wrote.
        </li>
        <li>
          If you unlink, you both can still read your conversations (under “Talk about what happened”), but
          nobody can add to them. Deleting your account removes the ones you started and your answers.
        </li>
      </ul>
    </Card>
  );
}
