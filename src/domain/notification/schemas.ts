import { z } from "zod";
import {
  NOTIFICATION_KIND_NAMES,
  NOTIFICATION_KINDS,
  type NotificationKind,
} from "@/domain/notification/kinds";

export type SwitchableKind = {
  [K in NotificationKind]: (typeof NOTIFICATION_KINDS)[K]["switchable"] extends true ? K : never;
}[NotificationKind];

/** The kinds a person can turn on or off. */
export const SWITCHABLE_KINDS = NOTIFICATION_KIND_NAMES.filter((k) => NOTIFICATION_KINDS[k].switchable) as [
  SwitchableKind,
  ...SwitchableKind[],
];

/** Every switchable kind set to `on`. */
export function allChoices(on: boolean): Record<SwitchableKind, boolean> {
  return Object.fromEntries(SWITCHABLE_KINDS.map((kind) => [kind, on])) as Record<SwitchableKind, boolean>;
}

const ZNotificationId = z.string().trim().min(1).max(40);
/** One inbox entry: its notification and, for a burst, the others it stands for. */
export const ZMarkReadInput = z.strictObject({
  id: ZNotificationId,
  sameEntry: z.array(ZNotificationId).max(100).optional(),
});
export type TMarkReadInput = z.infer<typeof ZMarkReadInput>;

/**
 * The live stream: nothing on a first connect; `{ lastEventId }` on a reconnect (tRPC's client adds
 * the last id it received: an opaque id of the person's own, src/server/live/event-id.ts, or "0").
 * An empty object is refused: every accepted input opens a stream.
 */
export const ZOnChangeInput = z
  .strictObject({ lastEventId: z.string().regex(/^(0|[A-Za-z0-9_-]{22})$/, "Not an event id.") })
  .optional();
export type TOnChangeInput = z.infer<typeof ZOnChangeInput>;

/** Every switchable kind, on or off. */
export const ZUpdateSettingsInput = z.strictObject({
  choices: z.record(z.enum(SWITCHABLE_KINDS), z.boolean()),
});
export type TUpdateSettingsInput = z.infer<typeof ZUpdateSettingsInput>;
