// Every kind of notification, in one table: adding a kind is one entry here (and the call that
// writes it). Pure: no database, no HTTP.
import { booleanEntries } from "@/domain/json-settings";

/** What a notification points at; the link is worked out when it is read. */
export type ObjectType =
  | "boundary"
  | "commitment"
  | "couple"
  | "account"
  | "amends"
  | "talk"
  | "time-out"
  | "repair-talk"
  | "quality-time"
  | "counselor-share";

export type KindCategory =
  | "answer-needed"
  | "boundaries"
  | "commitments"
  | "check-ins"
  | "partners"
  | "repair"
  | "security";

type KindSpec = {
  category: KindCategory;
  /** False: always shown (answers needed, the link itself, security). */
  switchable: boolean;
  /** Whether it is on for someone who never changed their settings. */
  defaultOn: boolean;
  /** The in-app sentence; `{actor}` is the actor's display name (rendered in `<bdi>`). */
  sentence: string;
  /**
   * For kinds that ask for an answer: the sentence once it no longer does (answered, withdrawn, or
   * superseded by a newer one), so a settled request never keeps asking.
   */
  settled?: string;
  /** For kinds that come in bursts: the sentence of several in one day by one person (`{count}`). */
  many?: string;
  /** What the settings page calls it. */
  label: string;
  object: ObjectType;
};

export const NOTIFICATION_KINDS = {
  "boundary-proposed": {
    category: "answer-needed",
    switchable: false,
    defaultOn: true,
    sentence: "{actor} proposed a boundary and is waiting for your answer.",
    settled: "{actor} proposed a boundary.",
    label: "A boundary proposed to you",
    object: "boundary",
  },
  "boundary-edited": {
    category: "answer-needed",
    switchable: false,
    defaultOn: true,
    sentence: "{actor} changed the boundary they proposed; it is waiting for your answer.",
    settled: "{actor} changed the boundary they proposed.",
    label: "A proposal changed by its author",
    object: "boundary",
  },
  "boundary-countered": {
    category: "answer-needed",
    switchable: false,
    defaultOn: true,
    sentence: "{actor} suggested an edit and is waiting for your answer.",
    settled: "{actor} suggested an edit.",
    label: "An edit suggested to you",
    object: "boundary",
  },
  "boundary-revision-asked": {
    category: "answer-needed",
    switchable: false,
    defaultOn: true,
    sentence: "{actor} asked to change a boundary you agreed.",
    settled: "{actor} asked to change a boundary.",
    label: "A change asked to a boundary",
    object: "boundary",
  },
  "boundary-retirement-asked": {
    category: "answer-needed",
    switchable: false,
    defaultOn: true,
    sentence: "{actor} asked to retire a boundary you agreed.",
    settled: "{actor} asked to retire a boundary.",
    label: "A retirement asked for a boundary",
    object: "boundary",
  },
  "boundary-agreed": {
    category: "boundaries",
    switchable: true,
    defaultOn: true,
    sentence: "{actor} agreed to a boundary.",
    many: "{actor} agreed to {count} boundaries.",
    label: "Your partner agreed to a boundary",
    object: "boundary",
  },
  "boundary-declined": {
    category: "boundaries",
    switchable: true,
    defaultOn: true,
    sentence: "{actor} declined a proposal.",
    label: "Your partner declined a proposal",
    object: "boundary",
  },
  "boundary-withdrawn": {
    category: "boundaries",
    switchable: true,
    defaultOn: true,
    sentence: "{actor} withdrew a proposal.",
    label: "Your partner withdrew a proposal",
    object: "boundary",
  },
  "boundary-retired": {
    category: "boundaries",
    switchable: true,
    defaultOn: true,
    sentence: "{actor} agreed to retire a boundary.",
    label: "A boundary retired by agreement",
    object: "boundary",
  },
  "boundary-review-due": {
    category: "answer-needed",
    switchable: false,
    defaultOn: true,
    sentence: "A boundary you agreed is up for review today: keep it, loosen it, or retire it?",
    settled: "A boundary you agreed came up for review.",
    label: "A boundary up for review",
    object: "boundary",
  },
  "boundary-review-set": {
    category: "boundaries",
    switchable: true,
    defaultOn: true,
    sentence: "{actor} changed when a boundary comes up for review.",
    label: "A boundary's review date changed",
    object: "boundary",
  },
  "boundary-review-answered": {
    category: "boundaries",
    switchable: true,
    defaultOn: true,
    sentence: "{actor} would keep a boundary that is up for review. What would you like?",
    label: "Your partner answered a boundary's review",
    object: "boundary",
  },
  "boundary-review-kept": {
    category: "boundaries",
    switchable: true,
    defaultOn: true,
    sentence: "{actor} would keep it too: you both keep the boundary as it is.",
    label: "A boundary you both keep after its review",
    object: "boundary",
  },
  "commitment-created": {
    category: "commitments",
    switchable: true,
    defaultOn: true,
    sentence: "{actor} made a new commitment.",
    many: "{actor} made {count} new commitments.",
    label: "A new commitment",
    object: "commitment",
  },
  "commitment-changed": {
    category: "commitments",
    switchable: true,
    defaultOn: true,
    sentence: "{actor} changed a commitment.",
    many: "{actor} changed {count} commitments.",
    label: "A commitment changed",
    object: "commitment",
  },
  "commitment-paused": {
    category: "commitments",
    switchable: true,
    defaultOn: true,
    sentence: "{actor} paused a commitment.",
    many: "{actor} paused {count} commitments.",
    label: "A commitment paused",
    object: "commitment",
  },
  "commitment-ended": {
    category: "commitments",
    switchable: true,
    defaultOn: true,
    sentence: "{actor} archived a commitment.",
    many: "{actor} archived {count} commitments.",
    label: "A commitment archived",
    object: "commitment",
  },
  "check-in-logged": {
    category: "check-ins",
    switchable: true,
    defaultOn: false,
    sentence: "{actor} checked in on a commitment.",
    many: "{actor} checked in {count} times.",
    label: "Your partner's check-ins",
    object: "commitment",
  },
  "shared-check-in-logged": {
    category: "check-ins",
    switchable: true,
    // On by default, unlike check-ins on one's partner's own commitments: a shared commitment is
    // kept together, and its partner's day is part of one's own.
    defaultOn: true,
    sentence: "{actor} checked in on a commitment you share.",
    many: "{actor} checked in {count} times on commitments you share.",
    label: "Your partner's check-ins on shared commitments",
    object: "commitment",
  },
  "check-in-noticed": {
    category: "check-ins",
    switchable: true,
    defaultOn: true,
    sentence: "{actor} noticed your check-in.",
    many: "{actor} noticed {count} of your check-ins.",
    label: "Your partner noticed a check-in of yours",
    object: "commitment",
  },
  "check-in-answered": {
    category: "check-ins",
    switchable: true,
    defaultOn: true,
    sentence: "{actor} sees a check-in of yours differently.",
    label: "Your partner sees a check-in differently",
    object: "commitment",
  },
  "amends-shared": {
    category: "answer-needed",
    switchable: false,
    defaultOn: true,
    sentence: "{actor} shared an amends with you. Answer whenever you're ready.",
    settled: "{actor} shared an amends with you.",
    label: "An amends shared with you",
    object: "amends",
  },
  "amends-answered": {
    category: "repair",
    switchable: true,
    defaultOn: true,
    sentence: "{actor} answered your amends.",
    label: "Your partner answered your amends",
    object: "amends",
  },
  "amends-followed-up": {
    category: "repair",
    switchable: true,
    defaultOn: true,
    sentence: "{actor} added a follow-up to an amends.",
    many: "{actor} added {count} follow-ups to amends.",
    label: "A follow-up to an amends",
    object: "amends",
  },
  "talk-day": {
    category: "repair",
    switchable: true,
    defaultOn: true,
    sentence: "Today is your weekly talk day. Your answers are ready when you are; take your time.",
    label: "Your weekly talk day has come",
    object: "talk",
  },
  "talk-ready": {
    category: "repair",
    switchable: true,
    defaultOn: true,
    sentence: "{actor} has answered this week's talk. Yours is ready when you are.",
    label: "Your partner answered the weekly talk",
    object: "talk",
  },
  "talk-revealed": {
    category: "repair",
    switchable: true,
    defaultOn: true,
    sentence: "{actor} shared their answers too: this week's talk is open to you both.",
    label: "The weekly talk's answers are open",
    object: "talk",
  },
  "talk-reflected": {
    category: "repair",
    switchable: true,
    defaultOn: true,
    sentence: "{actor} said back what they heard in your weekly talk answers.",
    label: "Your partner reflected your talk answers",
    object: "talk",
  },
  "talk-skipped": {
    category: "repair",
    switchable: true,
    defaultOn: true,
    sentence: "{actor} would like to skip this week's talk. Nothing is lost; there's always next week.",
    label: "A weekly talk skipped",
    object: "talk",
  },
  "time-out-started": {
    category: "partners",
    switchable: false,
    defaultOn: true,
    sentence:
      "{actor} needs a break from this conversation and said when they'll be back. No need to do anything; take a breath too.",
    label: "Your partner takes a time-out",
    object: "time-out",
  },
  "time-out-returned": {
    category: "partners",
    switchable: false,
    defaultOn: true,
    sentence: "{actor} is back from their time-out and ready to talk.",
    label: "Your partner is back from a time-out",
    object: "time-out",
  },
  "time-out-reminder": {
    category: "repair",
    switchable: true,
    defaultOn: true,
    sentence: "Your time-out ends soon. When you're ready, tap “I'm back”.",
    label: "A reminder before your time-out ends",
    object: "time-out",
  },
  "time-out-ended": {
    category: "partners",
    switchable: false,
    defaultOn: true,
    sentence:
      "A time-out ended without an “I'm back”. That's all right: pick the conversation up when you both can, or bring it to your weekly talk.",
    label: "A time-out that ran out",
    object: "time-out",
  },
  "repair-talk-started": {
    category: "answer-needed",
    switchable: false,
    defaultOn: true,
    sentence:
      "{actor} would like to talk about what happened. Answer when you're ready: your answers stay private until you've both shared each step.",
    settled: "{actor} asked to talk about what happened.",
    label: "A conversation about what happened",
    object: "repair-talk",
  },
  "repair-talk-shared": {
    category: "repair",
    switchable: true,
    defaultOn: true,
    sentence:
      "{actor} has shared the next step of your conversation about what happened. Yours is ready when you are.",
    label: "Your partner shared a step of a conversation",
    object: "repair-talk",
  },
  "repair-talk-revealed": {
    category: "repair",
    switchable: true,
    defaultOn: true,
    sentence: "{actor} shared theirs too: this step of your conversation is open to you both.",
    label: "A step of a conversation is open",
    object: "repair-talk",
  },
  "repair-talk-stopped": {
    category: "repair",
    switchable: true,
    defaultOn: true,
    sentence: "{actor} stopped your conversation about what happened for now, to take it further together.",
    label: "A conversation stopped for now",
    object: "repair-talk",
  },
  "quality-time-wanted": {
    category: "repair",
    switchable: true,
    defaultOn: true,
    sentence: "You and {actor} both want the same idea for time together. Put it on a day when you like.",
    label: "An idea you both want for time together",
    object: "quality-time",
  },
  "quality-time-scheduled": {
    category: "commitments",
    switchable: true,
    defaultOn: true,
    sentence: "{actor} put time together you both chose on a day: it's a commitment for you both.",
    label: "Time together put on a day",
    object: "quality-time",
  },
  "quality-time-answered": {
    category: "repair",
    switchable: true,
    defaultOn: true,
    sentence: "{actor} answered the two questions about your time together. Yours are ready when you are.",
    label: "Your partner answered about your time together",
    object: "quality-time",
  },
  "quality-time-revealed": {
    category: "repair",
    switchable: true,
    defaultOn: true,
    sentence: "{actor} answered too: what you each liked about your time together is open to you both.",
    label: "Your answers about time together are open",
    object: "quality-time",
  },
  "invite-accepted": {
    category: "partners",
    switchable: false,
    defaultOn: true,
    sentence: "{actor} accepted your invitation. You are linked.",
    label: "Your invitation accepted",
    object: "couple",
  },
  "invite-declined": {
    category: "partners",
    switchable: false,
    defaultOn: true,
    sentence: "{actor} declined your invitation.",
    label: "Your invitation declined",
    object: "account",
  },
  "partner-unlinked": {
    category: "partners",
    switchable: false,
    defaultOn: true,
    sentence:
      "{actor} ended your link. You keep everything you wrote, and what you agreed together stays as a read-only archive.",
    label: "Your partner ended the link",
    object: "couple",
  },
  "break-started": {
    category: "partners",
    switchable: false,
    defaultOn: true,
    sentence:
      "{actor} is taking a break from sharing for a few days. It isn't a breakup: you'll see when it ends.",
    label: "Your partner takes a break",
    object: "couple",
  },
  "break-ended": {
    category: "partners",
    switchable: false,
    defaultOn: true,
    sentence: "{actor} ended their break: you see their check-ins again from today.",
    label: "Your partner's break ends early",
    object: "couple",
  },
  "counselor-share-proposed": {
    category: "answer-needed",
    switchable: false,
    defaultOn: true,
    sentence: "{actor} proposed sharing your summary with a counselor. It needs your confirmation.",
    settled: "{actor} proposed sharing your summary with a counselor.",
    label: "A counselor link proposed to you",
    object: "counselor-share",
  },
  "counselor-share-approved": {
    category: "partners",
    switchable: false,
    defaultOn: true,
    sentence: "{actor} confirmed the counselor link: it is open now.",
    label: "A counselor link confirmed",
    object: "counselor-share",
  },
  "counselor-share-revoked": {
    category: "partners",
    switchable: false,
    defaultOn: true,
    sentence: "{actor} revoked a counselor link (or withdrew the proposal).",
    label: "A counselor link revoked",
    object: "counselor-share",
  },
  "sign-in-failures": {
    category: "security",
    switchable: false,
    defaultOn: true,
    sentence:
      "Someone has tried many wrong passwords for your account in the last hour. You can still sign in as usual. If it wasn't you, consider a new password in Settings.",
    label: "Many wrong passwords for your account",
    object: "account",
  },
} as const satisfies Record<string, KindSpec>;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;

export const NOTIFICATION_KIND_NAMES = Object.keys(NOTIFICATION_KINDS) as NotificationKind[];

export function isNotificationKind(kind: string): kind is NotificationKind {
  return Object.hasOwn(NOTIFICATION_KINDS, kind);
}

/** A person's choices: only the kinds they changed from the default. */
export type NotificationChoices = Partial<Record<NotificationKind, boolean>>;

/** Whether a kind is shown to a person with these choices: always for kinds that can't be turned off. */
export function isWanted(kind: NotificationKind, choices: NotificationChoices): boolean {
  const spec: KindSpec = NOTIFICATION_KINDS[kind];
  if (!spec.switchable) return true;
  return choices[kind] ?? spec.defaultOn;
}

/** Stored settings are JSON; anything unknown or malformed falls back to the defaults. */
export function parseChoices(json: string | null | undefined): NotificationChoices {
  const choices: NotificationChoices = {};
  for (const [kind, on] of booleanEntries(json)) {
    if (isNotificationKind(kind) && NOTIFICATION_KINDS[kind].switchable) {
      choices[kind] = on;
    }
  }
  return choices;
}

/** Kinds that ask the reader for an answer: they count as waiting, not as news, and can settle. */
export function asksForAnswer(kind: string): boolean {
  return isNotificationKind(kind) && NOTIFICATION_KINDS[kind].category === "answer-needed";
}

/** Kinds whose burst (one person, one day) is one entry: "Noa made 4 new commitments". */
export function isGroupable(kind: string): boolean {
  if (!isNotificationKind(kind)) return false;
  const spec: KindSpec = NOTIFICATION_KINDS[kind];
  return spec.many !== undefined;
}

/** The sentence as it reads now: settled once its request is, the burst's form for several. */
export function sentenceOf(kind: string, form: { settled?: boolean; count?: number } = {}): string {
  if (!isNotificationKind(kind)) return "Something changed in your account.";
  const spec: KindSpec = NOTIFICATION_KINDS[kind];
  if ((form.count ?? 1) > 1 && spec.many) return spec.many.replace("{count}", String(form.count));
  if (form.settled && spec.settled) return spec.settled;
  return spec.sentence;
}

/** The sentence split around the actor's name, so the UI can put the name in `<bdi>`. */
export function sentenceParts(
  kind: string,
  form: { settled?: boolean; count?: number } = {},
): { before: string; actor: boolean; after: string } {
  const sentence = sentenceOf(kind, form);
  const at = sentence.indexOf("{actor}");
  if (at < 0) return { before: sentence, actor: false, after: "" };
  return { before: sentence.slice(0, at), actor: true, after: sentence.slice(at + "{actor}".length) };
}

/** A boundary's history entry (src/domain/boundary) → what the partner is told. */
export function boundaryNotificationKind(event: string): NotificationKind | null {
  switch (event) {
    case "proposed":
      return "boundary-proposed";
    case "edited":
      return "boundary-edited";
    case "countered":
      return "boundary-countered";
    case "agreed":
    case "revision-agreed":
      return "boundary-agreed";
    case "declined":
    case "revision-declined":
    case "retire-declined":
      return "boundary-declined";
    case "withdrawn":
    case "revision-withdrawn":
    case "retire-withdrawn":
      return "boundary-withdrawn";
    case "revision-proposed":
      return "boundary-revision-asked";
    case "retire-proposed":
      return "boundary-retirement-asked";
    case "retired":
      return "boundary-retired";
    default:
      return null;
  }
}

/** How long a notification is kept. */
export const RETENTION_DAYS = 90;

export function retentionCutoff(now: Date): Date {
  return new Date(now.getTime() - RETENTION_DAYS * 86_400_000);
}

/**
 * Where a notification leads. After an unlink the same pages serve the read-only archive, so a
 * boundary or commitment keeps its link; a couple that ended leads to Home.
 */
export function linkFor(objectType: string | null, objectId: string | null, kind: string): string {
  if (objectType === "boundary" && objectId) return `/boundaries/${encodeURIComponent(objectId)}`;
  if (objectType === "commitment" && objectId) return `/commitments/${encodeURIComponent(objectId)}`;
  if (objectType === "amends" && objectId) return `/amends/${encodeURIComponent(objectId)}`;
  if (objectType === "talk" && objectId) return `/talk/${encodeURIComponent(objectId)}`;
  if (objectType === "time-out") return "/time-out";
  if (objectType === "repair-talk" && objectId) return `/repair/${encodeURIComponent(objectId)}`;
  if (objectType === "quality-time" && objectId && objectId !== "ideas")
    return `/quality-time/${encodeURIComponent(objectId)}`;
  if (objectType === "quality-time") return "/quality-time";
  if (kind === "sign-in-failures") return "/settings";
  if (objectType === "counselor-share") return "/counselor";
  return "/home";
}

/** Where a burst of one kind leads: the list its objects are on. */
export function linkForMany(objectType: string | null, kind: string): string {
  if (kind.includes("check-in")) return "/dashboard";
  if (objectType === "boundary") return "/boundaries";
  if (objectType === "commitment") return "/commitments";
  if (objectType === "amends") return "/amends";
  return "/notifications";
}
