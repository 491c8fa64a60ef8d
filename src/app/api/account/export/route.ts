// Downloads of the signed-in person's own data: `?format=json` (everything) or `?format=csv`
// (check-ins). The data comes from the `account.export` procedure, so authorization stays there.
import { TRPCError } from "@trpc/server";
import { checkInsCsv } from "@/domain/account/export";
import { createCaller } from "@/server/api/root";
import { createTRPCContext } from "@/server/api/trpc";
import { getSessionClaims } from "@/server/auth";
import { clientIp } from "@/server/auth/client-ip";
import { db } from "@/server/db";
import { describeError, log } from "@/server/log";

export const dynamic = "force-dynamic";

const NO_STORE = { "cache-control": "no-store" };

export async function GET(req: Request) {
  const format = new URL(req.url).searchParams.get("format") ?? "json";
  // Another site can make a signed-in browser navigate here: refuse, so an intimate file can't be
  // dropped into someone's downloads by a page they happened to open.
  if (req.headers.get("sec-fetch-site") === "cross-site") {
    return Response.json(
      { error: "Open Settings in Kept to download your data." },
      { status: 403, headers: NO_STORE },
    );
  }
  if (format !== "json" && format !== "csv") {
    return Response.json({ error: "Ask for format=json or format=csv." }, { status: 400 });
  }
  try {
    const caller = createCaller(
      createTRPCContext({ db, claims: await getSessionClaims(), ip: clientIp(req.headers) }),
    );
    const data = await caller.account.export();
    const day = new Date().toISOString().slice(0, 10);
    const headers = { "cache-control": "no-store", "x-content-type-options": "nosniff" };
    if (format === "csv") {
      const csv = checkInsCsv(
        data.checkIns.map((c) => ({
          day: c.day,
          commitment: c.commitment ?? "",
          outcome: c.outcome,
          excused: c.excused,
          note: c.note,
          noteShared: c.noteShared,
          excuseNote: c.excuseNote,
          timeZone: c.timeZone,
          amendedAt: c.amendedAt,
        })),
      );
      return new Response(csv, {
        headers: {
          ...headers,
          "content-type": "text/csv; charset=utf-8",
          "content-disposition": `attachment; filename="kept-check-ins-${day}.csv"`,
        },
      });
    }
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        ...headers,
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="kept-data-${day}.json"`,
      },
    });
  } catch (error) {
    if (error instanceof TRPCError && error.code === "UNAUTHORIZED") {
      return Response.json(
        { error: "Sign in to download your data." },
        { status: 401, headers: { "cache-control": "no-store" } },
      );
    }
    log.error("export failed", describeError(error));
    return Response.json(
      { error: "Something went wrong on our side. Please try again." },
      { status: 500, headers: NO_STORE },
    );
  }
}
