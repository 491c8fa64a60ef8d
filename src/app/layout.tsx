import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { redirect } from "next/navigation";
import { DeviceStorage } from "@/components/device-storage";
import { FreshOnBack } from "@/components/fresh-on-back";
import { SideNav, TabBar } from "@/components/nav-links";
import { QuickExit } from "@/components/quick-exit";
import { ServiceWorker } from "@/components/service-worker";
import { NotificationBell } from "@/features/notifications/components/bell";
import { LiveUpdates } from "@/features/notifications/components/live-updates";
import { TimeOutLink } from "@/features/time-out/components/time-out-link";
import { belongsElsewhere } from "@/lib/belongs-elsewhere";
import { getSessionClaims } from "@/server/auth";
import { deviceStorageOf } from "@/server/auth/device-storage";
import { getCaller, getCurrentUser } from "@/trpc/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Kept", template: "%s · Kept" },
  description: "Rebuild trust together: boundaries you both chose, promises kept, consistency you can see.",
};

// viewportFit "cover" lets the tab bar reach the screen's bottom edge and pad itself clear of the
// home indicator (env(safe-area-inset-bottom)).
export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [{ media: "(prefers-color-scheme: dark)", color: "#1c1917" }, { color: "#4d6b52" }],
  viewportFit: "cover",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  // Here, outside the loading boundary, a redirect is a 307 before any HTML (the proxy names the URL).
  const url = (await headers()).get("x-kept-url");
  const elsewhere = url ? belongsElsewhere(url, user !== null) : null;
  if (elsewhere) redirect(elsewhere);
  // Read on every signed-in page (the layout is dynamic: it reads the session), so the count is
  // current whenever a page is opened or refreshed; `since` is where the page's live stream starts.
  const bell = user ? await (await getCaller()).notification.count() : null;
  // Only a live session's page gets the key to what it keeps on the device.
  const claims = user ? await getSessionClaims() : null;
  const storage = claims ? deviceStorageOf(claims.sessionId) : null;
  return (
    // data-theme from the person's setting, in the server's HTML: the first paint is already in
    // their theme (globals.css); signed out, pages follow the device.
    <html lang="en" data-theme={user?.theme ?? "system"}>
      <body className="min-h-dvh font-sans">
        <DeviceStorage session={storage} />
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:rounded focus:bg-white focus:p-2"
        >
          Skip to content
        </a>
        <header className="sticky top-0 z-30 border-b border-stone-200 bg-white/90 backdrop-blur">
          <div className="mx-auto flex max-w-6xl items-center justify-between gap-2 px-4 py-1.5">
            <Link
              href={user ? "/home" : "/"}
              className="inline-flex min-h-11 items-center text-lg font-semibold text-sage-700"
            >
              Kept
            </Link>
            {/* Header actions, right to left on a phone's thumb reach: the bell, and any control that
                must be on every page: the quick exit). */}
            <div className="flex items-center gap-2 text-sm" data-slot="header-actions">
              {user ? (
                <>
                  <NotificationBell count={bell?.total ?? 0} />
                  <LiveUpdates since={bell?.since ?? null} />
                  <FreshOnBack />
                  <TimeOutLink />
                  <QuickExit />
                </>
              ) : (
                <>
                  <Link href="/sign-in" className="inline-flex min-h-11 items-center px-1 hover:underline">
                    Sign in
                  </Link>
                  <Link
                    href="/sign-up"
                    className="rounded-full bg-sage-600 px-3 py-1.5 font-medium text-white hover:bg-sage-700"
                  >
                    Create an account
                  </Link>
                </>
              )}
            </div>
          </div>
        </header>
        <div className="mx-auto flex max-w-6xl gap-8 px-4">
          {user ? <SideNav /> : null}
          <main
            id="main"
            className={
              user
                ? "mx-auto w-full min-w-0 max-w-4xl flex-1 pb-28 pt-6 md:pb-10"
                : "mx-auto w-full max-w-3xl py-8"
            }
          >
            {children}
          </main>
        </div>
        {user ? <TabBar /> : null}
        <ServiceWorker />
      </body>
    </html>
  );
}
