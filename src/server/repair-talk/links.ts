// What a conversation can be about (a check-in, a boundary or an amends of the couple): the choices
// for the start form, and the one it is about, named for its page. Only what both may already see:
// the caller's own check-ins (a partner's could be from a break of theirs), the couple's boundaries,
// shared amends (never a draft).
import type { LinkType } from "@/domain/repair-talk/repair-talk";
import type { CoupleCtx } from "@/server/commitment/access";
import type { Db } from "@/server/db";

const LABEL_MAX = 80;
const cut = (text: string) => (text.length > LABEL_MAX ? `${text.slice(0, LABEL_MAX - 1)}…` : text);
const OUTCOME: Record<string, string> = {
  kept: "kept",
  partly: "partly kept",
  missed: "missed",
  "not-applicable": "didn't come up",
};
const GONE = ["withdrawn", "declined"];

export type LinkOption = { type: LinkType; id: string; label: string; day?: string };

export async function repairLinkOptions(ctx: CoupleCtx): Promise<LinkOption[]> {
  const coupleId = ctx.couple.id;
  const [checkIns, boundaries, amends] = await Promise.all([
    ctx.db.checkIn.findMany({
      where: { userId: ctx.user.id, commitment: { coupleId } },
      select: { id: true, day: true, outcome: true, commitment: { select: { title: true } } },
      orderBy: [{ day: "desc" }, { id: "asc" }],
      take: 20,
    }),
    ctx.db.boundary.findMany({
      where: { coupleId, status: { notIn: GONE } },
      select: { id: true, versions: { select: { title: true }, orderBy: { number: "desc" }, take: 1 } },
      orderBy: { createdAt: "desc" },
      take: 30,
    }),
    ctx.db.amends.findMany({
      where: { coupleId, sharedAt: { not: null } },
      select: { id: true, whatIDid: true },
      orderBy: { sharedAt: "desc" },
      take: 20,
    }),
  ]);
  return [
    ...checkIns.map((c) => ({
      type: "check-in" as const,
      id: c.id,
      label: cut(`${c.commitment.title}: ${OUTCOME[c.outcome] ?? c.outcome}`),
      day: c.day,
    })),
    ...boundaries.map((b) => ({
      type: "boundary" as const,
      id: b.id,
      label: cut(b.versions[0]?.title ?? ""),
    })),
    ...amends.map((a) => ({ type: "amends" as const, id: a.id, label: cut(a.whatIDid) })),
  ];
}

/** The check-in, boundary or amends a conversation is about, named and linked for its page. */
export async function linkView(
  db: Db,
  coupleId: string,
  link: { type: string; id: string } | null,
): Promise<{ type: LinkType; label: string; href: string } | null> {
  if (!link) return null;
  if (link.type === "boundary") {
    const b = await db.boundary.findFirst({
      where: { id: link.id, coupleId },
      select: { versions: { select: { title: true }, orderBy: { number: "desc" }, take: 1 } },
    });
    return b
      ? { type: "boundary", label: cut(b.versions[0]?.title ?? ""), href: `/boundaries/${link.id}` }
      : null;
  }
  if (link.type === "amends") {
    const a = await db.amends.findFirst({
      where: { id: link.id, coupleId, sharedAt: { not: null } },
      select: { whatIDid: true },
    });
    return a ? { type: "amends", label: cut(a.whatIDid), href: `/amends/${link.id}` } : null;
  }
  const c = await db.checkIn.findFirst({
    where: { id: link.id, commitment: { coupleId } },
    select: { day: true, commitment: { select: { id: true, title: true } } },
  });
  return c
    ? { type: "check-in", label: cut(c.commitment.title), href: `/commitments/${c.commitment.id}` }
    : null;
}
