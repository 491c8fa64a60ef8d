// The counselor summary as a PDF, for the signed-in couple: `?from=&to=&notes=1` as on the page.
// The data comes from the `counselor.summary` procedure, so authorization stays there.
import { TRPCError } from "@trpc/server";
import { createCaller } from "@/server/api/root";
import { createTRPCContext } from "@/server/api/trpc";
import { getSessionClaims } from "@/server/auth";
import { clientIp } from "@/server/auth/client-ip";
import { pdfResponse, summaryPdf } from "@/server/counselor/pdf";
import { db } from "@/server/db";
import { describeError, log } from "@/server/log";

export const dynamic = "force-dynamic";

const NO_STORE = { "cache-control": "no-store" };

export async function GET(req: Request) {
  const params = new URL(req.url).searchParams;
  if (req.headers.get("sec-fetch-site") === "cross-site") {
    return Response.json(
      { error: "Open the summary in Kept to download it." },
      { status: 403, headers: NO_STORE },
    );
  }
  try {
    const caller = createCaller(
      createTRPCContext({ db, claims: await getSessionClaims(), ip: clientIp(req.headers) }),
    );
    const summary = await caller.counselor.summary({
      from: params.get("from") || undefined,
      to: params.get("to") || undefined,
      includeMyNotes: params.get("notes") === "1",
    });
    return pdfResponse(await summaryPdf(summary), `kept-summary-${summary.from}-${summary.to}.pdf`);
  } catch (error) {
    if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") {
      const status = error.code === "UNAUTHORIZED" ? 401 : error.code === "NOT_FOUND" ? 404 : 400;
      return Response.json({ error: error.message }, { status, headers: NO_STORE });
    }
    log.error("summary pdf failed", describeError(error));
    return Response.json(
      { error: "Something went wrong on our side. Please try again." },
      { status: 500, headers: NO_STORE },
    );
  }
}
