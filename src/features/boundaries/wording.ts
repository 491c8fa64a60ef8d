// Plain-language wording for boundaries, shared by the list and the detail page. Names come from
// the server already resolved for the viewer: "You", the partner's name, or "Ours" for owners.

export const BOUNDARY_VIEWS = [
  { value: "all", label: "All" },
  { value: "waiting-on-me", label: "Waiting on me" },
  { value: "waiting-on-partner", label: "Waiting on partner" },
  { value: "active", label: "Active" },
  { value: "retired", label: "Retired" },
] as const;
export type BoundaryViewFilter = (typeof BOUNDARY_VIEWS)[number]["value"];

type PendingKind = "create" | "revise" | "retire";

const isYou = (name: string | null) => name === "You";

/** "You" stays as is at the start of a sentence; a missing name reads as "Someone". */
const subject = (name: string | null) => name ?? "Someone";
const possessive = (name: string | null) => (isYou(name) ? "your" : "their");

/** One history entry as a sentence, e.g. "Blair suggested an edit (version 2)". */
export function historySentence(kind: string, actor: string | null, versionNumber: number | null) {
  const who = subject(actor);
  const v = versionNumber === null ? "" : ` (version ${versionNumber})`;
  switch (kind) {
    case "proposed":
      return `${who} proposed version ${versionNumber ?? 1}`;
    case "edited":
      return `${who} edited ${possessive(actor)} proposal${v}`;
    case "countered":
      return `${who} suggested an edit${v}`;
    case "agreed":
      return `${who} agreed to version ${versionNumber}`;
    case "declined":
      return `${who} declined the proposal${v}`;
    case "withdrawn":
      return `${who} withdrew ${possessive(actor)} proposal${v}`;
    case "revision-proposed":
      return `${who} proposed a change${v}`;
    case "revision-agreed":
      return `${who} agreed to the change, so version ${versionNumber} is now active`;
    case "revision-declined":
      return `${who} declined the proposed change${v}; the agreed version stayed active`;
    case "revision-withdrawn":
      return `${who} withdrew ${possessive(actor)} proposed change${v}`;
    case "retire-proposed":
      return `${who} proposed retiring this boundary`;
    case "retired":
      return `${who} agreed to retire this boundary`;
    case "retire-declined":
      return `${who} preferred to keep this boundary, so it stayed active`;
    case "retire-withdrawn":
      return `${who} withdrew ${possessive(actor)} proposal to retire it`;
    case "review-set":
      return `${who} set a date to review this boundary`;
    case "review-cleared":
      return `${who} removed its review date`;
    case "review-keep":
      return `${who} would keep it as it is, at its review`;
    case "review-kept":
      return `${who} would keep it too: you both kept it at its review`;
    default:
      return `${who} updated this boundary${v}`;
  }
}

/** Where a boundary stands, from the viewer's side, in a few words. */
export function statusSentence(
  status: string,
  pending: { kind: PendingKind; byMe: boolean; startedByMe?: boolean } | null,
  partnerName: string,
) {
  if (pending) {
    const waiting = pending.byMe ? `Waiting for ${partnerName} to answer` : "Waiting for your answer";
    if (pending.kind === "create") {
      // Who first proposed it and who wrote the latest version can differ (a counter-proposal).
      const startedByMe = pending.startedByMe ?? pending.byMe;
      if (startedByMe === pending.byMe) {
        return pending.byMe ? `Proposed. ${waiting}.` : `${partnerName} proposed this. ${waiting}.`;
      }
      return startedByMe
        ? `You proposed this and ${partnerName} changed it. ${waiting}.`
        : `${partnerName} proposed this and you changed it. ${waiting}.`;
    }
    if (pending.kind === "revise") {
      return `Active. A change is proposed. ${waiting}.`;
    }
    return `Active. Retiring it is proposed. ${waiting}.`;
  }
  switch (status) {
    case "active":
      return "Active. You both agreed to it.";
    case "retired":
      return "Retired. You both agreed to retire it.";
    case "withdrawn":
      return "Withdrawn before it was agreed.";
    case "declined":
      return "Declined. It was not agreed.";
    default:
      return "Waiting for an answer.";
  }
}

/** A short label for list rows. */
export function listStatusLabel(
  view: string,
  status: string,
  pendingKind: PendingKind | null,
  partnerName: string,
) {
  if (view === "waiting-on-me") {
    if (pendingKind === "revise") return "Change proposed · waiting on you";
    if (pendingKind === "retire") return "Retiring proposed · waiting on you";
    return "New proposal · waiting on you";
  }
  if (view === "waiting-on-partner") {
    if (pendingKind === "revise") return `Change proposed · waiting on ${partnerName}`;
    if (pendingKind === "retire") return `Retiring proposed · waiting on ${partnerName}`;
    return `Proposed · waiting on ${partnerName}`;
  }
  if (view === "active") return "Active";
  if (status === "withdrawn") return "Withdrawn";
  if (status === "declined") return "Declined";
  return "Retired";
}

/** What agreeing to the pending version does. */
export function agreeingDoes(kind: PendingKind) {
  if (kind === "create") return "Agreeing makes this boundary active for both of you.";
  if (kind === "revise") return "Agreeing replaces the agreed version with this one.";
  return "Agreeing retires this boundary. It stays in your history.";
}

/** Whose boundary a version is, for the viewer. */
export function ownerLabel(version: { owner: "me" | "partner" | "both"; ownerName: string | null }) {
  if (version.owner === "me") return "Yours";
  if (version.owner === "both") return "Ours, shared by you both";
  return `${version.ownerName}'s`;
}

/** The owner radio value ("mine" / "yours" / "ours") from the viewer's point of view. */
export function ownerValue(version: { owner: "me" | "partner" | "both" }) {
  return ({ me: "mine", partner: "yours", both: "ours" } as const)[version.owner];
}

/** "You" → "you" mid-sentence; other names unchanged. */
export function nameInSentence(name: string | null) {
  if (name === null) return "someone";
  return isYou(name) ? "you" : name;
}
