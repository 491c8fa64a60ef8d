import { describe, expect, it } from "vitest";
import {
  type BoundaryAction,
  BoundaryRuleError,
  type BoundaryState,
  initialState,
  transition,
  viewFor,
} from "./boundary";

const A = "alex";
const B = "blair";

function run(state: BoundaryState, ...actions: BoundaryAction[]) {
  return actions.reduce((s, a) => transition(s, a).state, state);
}

describe("boundary state machine", () => {
  it("a proposal becomes active when the partner agrees to that version", () => {
    const t = transition(initialState(A), { type: "agree", by: B, versionNumber: 1 });
    expect(t.state).toMatchObject({ status: "active", activeNumber: 1, pending: null });
    expect(t.event).toBe("agreed");
    expect(t.agreedVersion).toBe(1);
  });

  it("the proposer can't agree to their own version", () => {
    expect(() => transition(initialState(A), { type: "agree", by: A, versionNumber: 1 })).toThrow(
      /wrote this version/,
    );
  });

  it("agreement is bound to a version: agreeing to v1 doesn't count once v2 exists", () => {
    const countered = run(initialState(A), { type: "edit", by: B });
    expect(countered).toMatchObject({
      status: "countered",
      pending: { number: 2, byId: B, startedById: A, kind: "create" },
    });
    expect(() => transition(countered, { type: "agree", by: A, versionNumber: 1 })).toThrow(/changed since/);
    // B wrote v2, so B can't agree to it; A can.
    expect(() => transition(countered, { type: "agree", by: B, versionNumber: 2 })).toThrow(
      BoundaryRuleError,
    );
    expect(transition(countered, { type: "agree", by: A, versionNumber: 2 }).state).toMatchObject({
      status: "active",
      activeNumber: 2,
    });
  });

  it("any edit resets agreement, including the author's own edit", () => {
    const edited = run(initialState(A), { type: "edit", by: A });
    expect(transition(edited, { type: "edit", by: A }).event).toBe("edited");
    expect(edited.pending).toEqual({ number: 2, byId: A, startedById: A, kind: "create" });
    expect(edited.status).toBe("proposed");
    expect(() => transition(edited, { type: "agree", by: B, versionNumber: 1 })).toThrow(/changed since/);
  });

  it("counter-proposals go back and forth", () => {
    const s = run(initialState(A), { type: "edit", by: B }, { type: "edit", by: A }, { type: "edit", by: B });
    expect(s).toMatchObject({ status: "countered", lastNumber: 4, pending: { number: 4, byId: B } });
    expect(run(s, { type: "agree", by: A, versionNumber: 4 })).toMatchObject({
      status: "active",
      activeNumber: 4,
    });
  });

  it("decline ends a proposal; withdraw is for its author only", () => {
    expect(run(initialState(A), { type: "decline", by: B }).status).toBe("declined");
    expect(() => transition(initialState(A), { type: "decline", by: A })).toThrow(/withdraw/);
    expect(() => transition(initialState(A), { type: "withdraw", by: B })).toThrow(/Only the person/);
    expect(run(initialState(A), { type: "withdraw", by: A }).status).toBe("withdrawn");
    // The one who started it can withdraw at any time, even after a counter; the counter's author can't.
    const countered = run(initialState(A), { type: "edit", by: B });
    expect(() => transition(countered, { type: "withdraw", by: B })).toThrow(/started this proposal/);
    expect(run(countered, { type: "withdraw", by: A }).status).toBe("withdrawn");
  });

  it("a revision keeps the current version active until the partner agrees to the new one", () => {
    const active = run(initialState(A), { type: "agree", by: B, versionNumber: 1 });
    const revising = run(active, { type: "proposeRevision", by: A });
    expect(revising).toMatchObject({
      status: "revising",
      activeNumber: 1,
      pending: { number: 2, kind: "revise" },
    });
    expect(run(revising, { type: "agree", by: B, versionNumber: 2 })).toMatchObject({
      status: "active",
      activeNumber: 2,
      pending: null,
    });
    // Declined or withdrawn: the old version stays active.
    expect(run(revising, { type: "decline", by: B })).toMatchObject({ status: "active", activeNumber: 1 });
    expect(run(revising, { type: "withdraw", by: A })).toMatchObject({ status: "active", activeNumber: 1 });
    // The partner can counter a revision.
    const countered = run(revising, { type: "edit", by: B });
    expect(countered).toMatchObject({ status: "revising", activeNumber: 1, pending: { number: 3, byId: B } });
    expect(run(countered, { type: "agree", by: A, versionNumber: 3 })).toMatchObject({
      status: "active",
      activeNumber: 3,
    });
    expect(run(countered, { type: "withdraw", by: A })).toMatchObject({ status: "active", activeNumber: 1 });
  });

  it("retiring needs both; only one change can wait at a time", () => {
    const active = run(initialState(A), { type: "agree", by: B, versionNumber: 1 });
    const retiring = run(active, { type: "proposeRetire", by: B });
    expect(retiring).toMatchObject({
      status: "retiring",
      pending: { number: 1, byId: B, startedById: B, kind: "retire" },
    });
    expect(() => transition(retiring, { type: "proposeRevision", by: A })).toThrow(/already waiting/);
    expect(() => transition(retiring, { type: "edit", by: A })).toThrow(/Only a proposal/);
    expect(run(retiring, { type: "agree", by: A, versionNumber: 1 })).toMatchObject({
      status: "retired",
      activeNumber: 1,
    });
    expect(run(retiring, { type: "decline", by: A }).status).toBe("active");
    expect(() => transition(initialState(A), { type: "proposeRetire", by: A })).toThrow(/already waiting/);
  });

  it("nothing can happen to a retired, withdrawn or declined boundary", () => {
    const active = run(initialState(A), { type: "agree", by: B, versionNumber: 1 });
    for (const done of [
      run(active, { type: "proposeRetire", by: A }, { type: "agree", by: B, versionNumber: 1 }),
      run(initialState(A), { type: "withdraw", by: A }),
      run(initialState(A), { type: "decline", by: B }),
    ]) {
      for (const action of [
        { type: "agree", by: B, versionNumber: 1 },
        { type: "edit", by: A },
        { type: "decline", by: B },
        { type: "withdraw", by: A },
        { type: "proposeRevision", by: A },
        { type: "proposeRetire", by: A },
      ] as BoundaryAction[]) {
        expect(() => transition(done, action)).toThrow(BoundaryRuleError);
      }
    }
  });

  it("sorts boundaries into each person's lists", () => {
    const s = initialState(A);
    expect(viewFor(s, A)).toBe("waiting-on-partner");
    expect(viewFor(s, B)).toBe("waiting-on-me");
    const active = run(s, { type: "agree", by: B, versionNumber: 1 });
    expect(viewFor(active, A)).toBe("active");
    expect(viewFor(run(active, { type: "proposeRetire", by: B }), A)).toBe("waiting-on-me");
    expect(viewFor(run(s, { type: "withdraw", by: A }), A)).toBe("retired");
  });
});
