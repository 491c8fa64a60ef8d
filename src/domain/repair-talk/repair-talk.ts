// "Talk about what happened": a repair conversation after a fight or a regrettable incident, in
// the steps of the Gottman method's "Aftermath": how each felt, saying back what you heard, each
// one's reality, what it touched, one's own part, and one thing to do differently. Each step's
// answers stay private until both have shared theirs. Nothing is scored. Pure rules; the reads and
// writes are in src/server/repair-talk.

export const STEPS = [
  {
    key: "felt",
    label: "How I felt",
    hint: "Pick the words that fit, then add your own if you like. Feelings only, not what caused them yet.",
    optional: false,
  },
  {
    key: "heard",
    label: "What I heard you say",
    hint: "Say back how your partner felt, in your own words, without judging or answering it. They'll tell you if you caught it.",
    optional: false,
  },
  {
    key: "reality",
    label: "My reality of what happened",
    hint: "What you saw, heard and felt, as your own view: “I felt… when…”. There are two realities here, and both can be true.",
    optional: false,
  },
  {
    key: "touched",
    label: "What it touched in me",
    hint: "An older hurt or a sore spot this stirred up, if you know one. You can leave this one out.",
    optional: true,
  },
  {
    key: "part",
    label: "My part in it",
    hint: "What you did that made it worse, even a little: being tired, short, not listening. Only your own part.",
    optional: false,
  },
  {
    key: "plan",
    label: "One thing I'll do differently next time",
    hint: "One small, concrete thing. It can become a commitment or a boundary in one step.",
    optional: false,
  },
] as const;
export type StepKey = (typeof STEPS)[number]["key"];
export const STEP_KEYS = STEPS.map((s) => s.key) as [StepKey, ...StepKey[]];
export const stepIndex = (key: StepKey) => STEP_KEYS.indexOf(key);
export const HEARD_INDEX = stepIndex("heard");
export const PART_INDEX = stepIndex("part");
export const PLAN_INDEX = stepIndex("plan");

/** Feeling words to pick from (after the Aftermath's list), in plain words. */
export const FEELINGS = [
  "hurt",
  "angry",
  "sad",
  "afraid",
  "defensive",
  "not listened to",
  "misunderstood",
  "criticised",
  "unappreciated",
  "lonely",
  "ashamed",
  "guilty",
  "overwhelmed",
  "powerless",
  "tense",
  "worried",
  "like leaving",
  "like staying and talking this through",
] as const;
export type Feeling = (typeof FEELINGS)[number];

export const LINK_TYPES = ["check-in", "boundary", "amends"] as const;
export type LinkType = (typeof LINK_TYPES)[number];

export const STOP_TO = [
  { value: "weekly-talk", label: "We'll take this to our weekly talk" },
  { value: "counselor", label: "We'll take this to our counselor" },
] as const;
export type StopTo = (typeof STOP_TO)[number]["value"];

export type RepairTalkState = { status: string; revealed: number };

/** The step both are on (its answers private until both shared), or null once every step is open. */
export function currentStep(talk: RepairTalkState): StepKey | null {
  if (talk.status !== "open") return null;
  return STEP_KEYS[talk.revealed] ?? null;
}

/** A step's answers are open to both once both have shared it. */
export const isRevealed = (talk: Pick<RepairTalkState, "revealed">, step: StepKey) =>
  stepIndex(step) < talk.revealed;

/** The steps whose answers both may read. */
export const revealedSteps = (talk: Pick<RepairTalkState, "revealed">): StepKey[] =>
  STEP_KEYS.slice(0, talk.revealed);

/** Both partners have shared this step: the moment to open it (once). */
export function bothShared(shared: readonly { userId: string }[]): boolean {
  return new Set(shared.map((a) => a.userId)).size >= 2;
}

/** What makes a shared answer: words, or for "how I felt" a picked feeling; an optional step may be left empty. */
export function isComplete(step: StepKey, answer: { feelings: readonly string[]; text: string }): boolean {
  if (STEPS[stepIndex(step)]?.optional) return true;
  if (step === "felt") return answer.feelings.length > 0 || /[\p{L}\p{N}]/u.test(answer.text);
  return /[\p{L}\p{N}]/u.test(answer.text);
}

/**
 * Calm nudges toward I-statements while writing one's reality or part (never a block): blame
 * ("you always", "you never", "because you", "you made me") tends to start the fight again.
 */
export function iStatementHints(step: StepKey, text: string): string[] {
  if (step !== "reality" && step !== "part" && step !== "touched") return [];
  const t = ` ${text.toLowerCase().replace(/\s+/g, " ")} `;
  const hints: string[] = [];
  if (/\syou (always|never)\s/.test(t)) {
    hints.push("“Always” and “never” are hard to hear. Try one moment: “When … happened, I felt …”.");
  }
  if (/\sbecause you\s|\syou made me\s|\sit's your fault\s|\syour fault\s/.test(t)) {
    hints.push(
      "This is your side of it. Try saying what you felt and needed, rather than what your partner did wrong.",
    );
  }
  if (step === "part" && /\sbut\s|\sonly because\s/.test(t)) {
    hints.push("A “but” can undo your part. Try saying it without one.");
  }
  return hints;
}

/** Where the conversation stands, for its page's status line. */
export function repairTalkStatus(
  talk: RepairTalkState & { stoppedTo: string | null },
  mineShared: boolean,
  partnerShared: boolean,
): string {
  if (talk.status === "finished") return "You've both been through every step.";
  if (talk.status === "stopped") {
    return talk.stoppedTo === "counselor"
      ? "Stopped here, to take it to your counselor."
      : "Stopped here, to take it to your weekly talk.";
  }
  if (mineShared) return "You've shared this step. It opens when your partner has shared theirs.";
  if (partnerShared) return "Your partner has shared this step. Yours is ready when you are.";
  return "Your answer is private until you've both shared this step.";
}

/** The partner's feeling words as a first try at an amends' "the impact it had", for its author to change. */
export function impactFrom(feelings: readonly string[]): string {
  const words =
    feelings.length > 1 ? `${feelings.slice(0, -1).join(", ")} and ${feelings.at(-1)}` : (feelings[0] ?? "");
  return `You told me you felt ${words}.`;
}
