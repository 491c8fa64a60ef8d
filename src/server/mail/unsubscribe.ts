// One-click unsubscribe (RFC 8058) without signing in: the link names the person and the category
// and carries an HMAC of both with the server secret, so it changes that one category of that one
// person and nothing else, and can't be made up for anyone else.
import { createHmac, timingSafeEqual } from "node:crypto";
import type { MailCategory } from "@/domain/mail/settings";
import { isMailCategory, parseMailChoices } from "@/domain/mail/settings";
import { env } from "@/env";
import type { Db } from "@/server/db";
import { serverSecret } from "@/server/secrets";

const sign = (userId: string, category: string) =>
  createHmac("sha256", serverSecret()).update(`unsubscribe|${userId}|${category}`).digest("base64url");

function query(userId: string, category: MailCategory) {
  return new URLSearchParams({ u: userId, c: category, t: sign(userId, category) }).toString();
}

/** The page a person opens from the mail's footer (it asks before changing anything). */
export const unsubscribePageUrl = (userId: string, category: MailCategory, appUrl = env.APP_URL) =>
  new URL(`/unsubscribe?${query(userId, category)}`, appUrl).toString();

/** The headers of a non-essential mail: mail clients show an "Unsubscribe" button that POSTs here. */
export function unsubscribeHeaders(userId: string, category: MailCategory, appUrl = env.APP_URL) {
  return {
    "List-Unsubscribe": `<${new URL(`/api/mail/unsubscribe?${query(userId, category)}`, appUrl).toString()}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}

export type UnsubscribeRequest = { userId: string; category: MailCategory };

/** The request a link stands for, when its signature is right. */
export function readUnsubscribeLink(params: URLSearchParams): UnsubscribeRequest | null {
  const userId = params.get("u") ?? "";
  const category = params.get("c") ?? "";
  const token = params.get("t") ?? "";
  if (!userId || userId.length > 100 || !isMailCategory(category) || token.length > 100) return null;
  const expected = Buffer.from(sign(userId, category));
  const given = Buffer.from(token);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return { userId, category };
}

/** Turns the one category off; every other choice stays as it was. */
export async function unsubscribe(db: Db, r: UnsubscribeRequest): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: r.userId },
      select: { mailSettings: true, deletedAt: true },
    });
    if (!user || user.deletedAt) return;
    const choices = { ...parseMailChoices(user.mailSettings), [r.category]: false };
    await tx.user.update({ where: { id: r.userId }, data: { mailSettings: JSON.stringify(choices) } });
  });
}

/**
 * One-click unsubscribe (RFC 8058): a mail client POSTs `List-Unsubscribe=One-Click` to the
 * address in the mail's List-Unsubscribe header, without cookies. The signed query names the
 * person and the one category to turn off. The /unsubscribe page's button posts here too, and is
 * sent back to that page.
 */
export async function handleUnsubscribe(db: Db, request: Request): Promise<Response> {
  const url = new URL(request.url);
  const link = readUnsubscribeLink(url.searchParams);
  if (!link) return new Response("This unsubscribe link isn't valid.", { status: 400 });
  await unsubscribe(db, link);
  if (url.searchParams.get("from") === "page") {
    return new Response(null, {
      status: 303,
      headers: { Location: `/unsubscribe?done=${encodeURIComponent(link.category)}` },
    });
  }
  return new Response("Unsubscribed.", {
    status: 200,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}
