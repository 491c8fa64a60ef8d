// Taking responsibility ("Amends"): who may see, edit, answer and follow up, as plain rules.
// Never a score: nothing here counts or ranks.

export const AMENDS_ANSWERS = [
  { value: "received", label: "Thank you, I received it" },
  { value: "not-ready", label: "I'm not ready to respond yet" },
  { value: "talk", label: "I'd like us to talk about it" },
] as const;
export type AmendsAnswer = (typeof AMENDS_ANSWERS)[number]["value"];

export const answerLabel = (value: string | null) =>
  AMENDS_ANSWERS.find((a) => a.value === value)?.label ?? null;

export type AmendsState = {
  authorId: string;
  sharedAt: Date | null;
  answer: string | null;
  talkedAt: Date | null;
};

/** A draft is its author's alone; once shared, both partners see it. */
export const isVisibleTo = (a: AmendsState, viewerId: string) =>
  a.sharedAt !== null || a.authorId === viewerId;

/** Only the author, and only while it is a draft: what was shared stays as it was shared. */
export const canEdit = (a: AmendsState, viewerId: string) => a.sharedAt === null && a.authorId === viewerId;

/** Only the partner answers, and only what was shared. */
export const canAnswer = (a: AmendsState, viewerId: string) => a.sharedAt !== null && a.authorId !== viewerId;

/** Either partner adds follow-ups to what was shared; a draft is simply edited. */
export const canFollowUp = (a: AmendsState) => a.sharedAt !== null;

/** On the weekly talk's list until one of them says they talked about it. */
export const waitsForTalk = (a: AmendsState) =>
  a.sharedAt !== null && a.answer === "talk" && a.talkedAt === null;

/** Where it stands, for the author ("mine") or the partner. */
export function amendsStatus(a: AmendsState, viewerId: string): string {
  const mine = a.authorId === viewerId;
  if (a.sharedAt === null) return "Draft: only you can see it.";
  if (a.answer === null) {
    return mine ? "Your partner will answer when they're ready." : "Yours to answer, whenever you're ready.";
  }
  if (a.answer === "talk") {
    return a.talkedAt ? "You talked about it." : "To talk about at your next weekly talk.";
  }
  if (a.answer === "not-ready")
    return mine ? "Your partner isn't ready to respond yet." : "You're not ready yet.";
  return mine ? "Your partner received it." : "You received it.";
}

/**
 * Calm nudges while writing (never a block): an apology that explains itself away ("but",
 * "if you…") or talks about the other's feelings as a maybe tends to land as an excuse.
 */
export function gentleHints(field: "whatIDid" | "impact" | "different", text: string): string[] {
  const t = ` ${text.toLowerCase().replace(/\s+/g, " ")} `;
  const hints: string[] = [];
  if (/\sbut\s|\showever\s/.test(t)) {
    hints.push("A “but” can undo what came before it. Try saying this part without one.");
  }
  if (field !== "different" && /\sif you\s|\sbecause you\s|\syou made me\s/.test(t)) {
    hints.push("This is about what you did. What your partner did can wait for another conversation.");
  }
  if (field === "impact" && /\sif i\s|\smight have\s|\smaybe\s/.test(t)) {
    hints.push("Name the impact plainly, as you understand it, rather than as a maybe.");
  }
  return hints;
}

/**
 * A title made from someone's own sentence: its first line, whole when it fits in `max`, else cut
 * at the last word that fits and ended with "…" (never mid-word, never silently).
 */
export function titleFrom(text: string, max: number): string {
  const line = (text.split("\n")[0] ?? "").trim();
  if (line.length <= max) return line;
  const room = line.slice(0, max - 1);
  const lastSpace = room.search(/\s\S*$/);
  return `${(lastSpace > 0 ? room.slice(0, lastSpace) : room).trimEnd()}…`;
}
