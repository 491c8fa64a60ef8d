import type { Db } from "@/server/db";
import { callerFor, signUp, type TestUser } from "./callers";

/** Two people linked through the real invite → accept flow. */
export async function linkedPair(db: Db, names: [string, string] = ["Ava", "Ben"]) {
  const a = await signUp(db, { name: names[0] });
  const b = await signUp(db, { name: names[1] });
  const invite = await callerFor(db, a.claims).invite.create();
  await callerFor(db, b.claims).invite.accept({ token: tokenOf(invite.url) });
  return { a, b };
}

export function tokenOf(url: string) {
  return new URL(url).pathname.split("/").pop() ?? "";
}

export type { TestUser };
