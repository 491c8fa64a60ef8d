import { db } from "@/server/db";
import { handleUnsubscribe } from "@/server/mail/unsubscribe";

export const dynamic = "force-dynamic";

/** One-click unsubscribe (RFC 8058); see `handleUnsubscribe`. */
export function POST(request: Request) {
  return handleUnsubscribe(db, request);
}
