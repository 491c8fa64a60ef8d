// The boundary state machine, as pure functions: no database, no HTTP.
//
//   proposed ──agree──▶ active ──propose change──▶ revising ──agree──▶ active (new version)
//      │  ▲                │                          │ decline/withdraw ─▶ active (old version)
//  edit│  │edit            └──propose retiring──▶ retiring ──agree──▶ retired
//      ▼  │                                           │ decline/withdraw ─▶ active
//   countered ──agree──▶ active
//   proposed/countered ──decline──▶ declined;  ──withdraw (by whoever started it)──▶ withdrawn
//
// Agreement is bound to a version: only the version waiting for an answer can be agreed to, only
// by the partner who didn't write it, and only by naming its number. Any edit writes a new
// version and so resets agreement.

const BOUNDARY_STATUSES = [
  "proposed",
  "countered",
  "active",
  "revising",
  "retiring",
  "retired",
  "withdrawn",
  "declined",
] as const;
export type BoundaryStatus = (typeof BOUNDARY_STATUSES)[number];

export type PendingKind = "create" | "revise" | "retire";

export type BoundaryState = {
  status: BoundaryStatus;
  /** The version both agreed to, or null before the first agreement. */
  activeNumber: number | null;
  /** The version waiting for an answer, who wrote it, and what agreeing to it does. */
  /** `startedById` began this change (proposal, revision or retirement) and alone can withdraw it. */
  pending: { number: number; byId: string; startedById: string; kind: PendingKind } | null;
  /** The highest version number written so far. */
  lastNumber: number;
};

export type BoundaryAction =
  | { type: "agree"; by: string; versionNumber: number }
  | { type: "edit"; by: string }
  | { type: "decline"; by: string }
  | { type: "withdraw"; by: string }
  | { type: "proposeRevision"; by: string }
  | { type: "proposeRetire"; by: string };

type Transition = {
  state: BoundaryState;
  /** The history entry this action writes. */
  event: BoundaryEventKind;
  /** A new version number to write (edits and revisions), or null. */
  newVersion: number | null;
  /** The version the actor agreed to (its agreedBy is set), or null. */
  agreedVersion: number | null;
};

type BoundaryEventKind =
  | "proposed"
  | "edited"
  | "countered"
  | "agreed"
  | "declined"
  | "withdrawn"
  | "revision-proposed"
  | "revision-agreed"
  | "revision-declined"
  | "revision-withdrawn"
  | "retire-proposed"
  | "retired"
  | "retire-declined"
  | "retire-withdrawn";

export class BoundaryRuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BoundaryRuleError";
  }
}

export function initialState(by: string): BoundaryState {
  return {
    status: "proposed",
    activeNumber: null,
    pending: { number: 1, byId: by, startedById: by, kind: "create" },
    lastNumber: 1,
  };
}

export const isArchived = (status: BoundaryStatus) =>
  status === "retired" || status === "withdrawn" || status === "declined";

/** What an answer to a pending version does, per kind. */
function settled(kind: PendingKind, outcome: "agree" | "refuse"): BoundaryStatus {
  if (kind === "create") return outcome === "agree" ? "active" : "declined";
  if (kind === "retire" && outcome === "agree") return "retired";
  return "active";
}

export function transition(state: BoundaryState, action: BoundaryAction): Transition {
  const { pending } = state;
  switch (action.type) {
    case "agree": {
      if (!pending) throw new BoundaryRuleError("There is nothing waiting for an answer on this boundary.");
      if (pending.byId === action.by)
        throw new BoundaryRuleError(
          "You wrote this version, so you've agreed to it already. Your partner answers it.",
        );
      if (pending.number !== action.versionNumber)
        throw new BoundaryRuleError(
          "This boundary changed since you read it. Read the latest version before agreeing.",
        );
      const status = settled(pending.kind, "agree");
      return {
        state: {
          ...state,
          status,
          activeNumber: pending.kind === "retire" ? state.activeNumber : pending.number,
          pending: null,
        },
        event:
          pending.kind === "create" ? "agreed" : pending.kind === "revise" ? "revision-agreed" : "retired",
        newVersion: null,
        agreedVersion: pending.kind === "retire" ? null : pending.number,
      };
    }
    case "edit": {
      if (!pending || pending.kind === "retire")
        throw new BoundaryRuleError("Only a proposal that is waiting for an answer can be edited.");
      const number = state.lastNumber + 1;
      const own = pending.byId === action.by;
      return {
        state: {
          ...state,
          // The author's own edit keeps the status; the partner's edit is a counter-proposal.
          status: pending.kind !== "create" ? "revising" : own ? state.status : "countered",
          pending: { number, byId: action.by, startedById: pending.startedById, kind: pending.kind },
          lastNumber: number,
        },
        event: own ? "edited" : "countered",
        newVersion: number,
        agreedVersion: null,
      };
    }
    case "decline": {
      if (!pending) throw new BoundaryRuleError("There is nothing waiting for an answer on this boundary.");
      if (pending.byId === action.by)
        throw new BoundaryRuleError("You can't decline your own proposal. You can withdraw it instead.");
      return {
        state: { ...state, status: settled(pending.kind, "refuse"), pending: null },
        event:
          pending.kind === "create"
            ? "declined"
            : pending.kind === "revise"
              ? "revision-declined"
              : "retire-declined",
        newVersion: null,
        agreedVersion: null,
      };
    }
    case "withdraw": {
      if (!pending) throw new BoundaryRuleError("There is nothing waiting for an answer on this boundary.");
      if (pending.startedById !== action.by)
        throw new BoundaryRuleError("Only the person who started this proposal can withdraw it.");
      return {
        state: {
          ...state,
          status: pending.kind === "create" ? "withdrawn" : "active",
          pending: null,
        },
        event:
          pending.kind === "create"
            ? "withdrawn"
            : pending.kind === "revise"
              ? "revision-withdrawn"
              : "retire-withdrawn",
        newVersion: null,
        agreedVersion: null,
      };
    }
    case "proposeRevision":
    case "proposeRetire": {
      if (state.status !== "active" || pending || state.activeNumber === null)
        throw new BoundaryRuleError(
          pending
            ? "A change is already waiting for an answer. Answer or withdraw it first."
            : "Only an active boundary can be changed or retired.",
        );
      if (action.type === "proposeRetire") {
        return {
          state: {
            ...state,
            status: "retiring",
            pending: { number: state.activeNumber, byId: action.by, startedById: action.by, kind: "retire" },
          },
          event: "retire-proposed",
          newVersion: null,
          agreedVersion: null,
        };
      }
      const number = state.lastNumber + 1;
      return {
        state: {
          ...state,
          status: "revising",
          pending: { number, byId: action.by, startedById: action.by, kind: "revise" },
          lastNumber: number,
        },
        event: "revision-proposed",
        newVersion: number,
        agreedVersion: null,
      };
    }
  }
}

/** Which list a boundary belongs to, from one person's point of view. */
type BoundaryView = "active" | "waiting-on-me" | "waiting-on-partner" | "retired";

export function viewFor(state: Pick<BoundaryState, "status" | "pending">, userId: string): BoundaryView {
  if (state.pending) return state.pending.byId === userId ? "waiting-on-partner" : "waiting-on-me";
  if (state.status === "active") return "active";
  return "retired";
}
