import { env } from "@/env";
import { CLEAR_SITE_DATA } from "@/lib/clear-site-data";

export const dynamic = "force-dynamic";

// Quick exit (src/features/safety/components/quick-exit-button.tsx) goes through here: the
// browser drops this site's caches and storage on the way to the neutral site. (No referrer is
// the page's doing: next.config.mjs's Referrer-Policy for /api answers wins over one set here.)
export function GET() {
  return new Response(null, {
    status: 303,
    headers: {
      location: env.QUICK_EXIT_URL,
      "clear-site-data": CLEAR_SITE_DATA,
      "cache-control": "no-store",
    },
  });
}
