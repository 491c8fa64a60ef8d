// The shared summary as a PDF, by the counselor link's token alone (each download is a logged view).
import { TRPCError } from "@trpc/server";
import { headers } from "next/headers";
import { createCaller } from "@/server/api/root";
import { createTRPCContext } from "@/server/api/trpc";
import { clientIp } from "@/server/auth/client-ip";
import { pdfResponse, summaryPdf } from "@/server/counselor/pdf";
import { db } from "@/server/db";
import { describeError, log } from "@/server/log";

export const dynamic = "force-dynamic";

const GONE = {
  "cache-control": "no-store",
  "x-robots-tag": "noindex, nofollow",
  "referrer-policy": "no-referrer",
};

export async function GET(_req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const h = await headers();
  try {
    const caller = createCaller(
      createTRPCContext({ db, claims: null, ip: clientIp(h), userAgent: h.get("user-agent") ?? undefined }),
    );
    const summary = await caller.counselor.view({ token });
    return pdfResponse(await summaryPdf(summary), `kept-summary-${summary.from}-${summary.to}.pdf`);
  } catch (error) {
    if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") {
      return Response.json({ error: "This link isn't available any more." }, { status: 404, headers: GONE });
    }
    log.error("shared summary pdf failed", describeError(error));
    return Response.json(
      { error: "Something went wrong on our side. Please try again." },
      { status: 500, headers: GONE },
    );
  }
}
