import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { FreshOnBack } from "@/components/fresh-on-back";
import { NavLinks } from "@/components/nav-links";
import { SignOutButton } from "@/features/auth/components/sign-out-button";
import { NotificationBell } from "@/features/notifications/components/bell";
import { LiveUpdates } from "@/features/notifications/components/live-updates";
import { getCaller, getCurrentUser } from "@/trpc/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Kept", template: "%s · Kept" },
  description: "Rebuild trust together: boundaries you both chose, promises kept, consistency you can see.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#4d6b52" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  // Read on every signed-in page (the layout is dynamic: it reads the session), so the count is
  // current whenever a page is opened or refreshed.
  const bell = user ? (await (await getCaller()).notification.count()).total : 0;
  return (
    <html lang="en">
      <body className="min-h-dvh font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2"
        >
          Skip to content
        </a>
        <header className="border-b border-stone-200 bg-white/80">
          <nav
            aria-label="Main"
            className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-2 px-4 py-3"
          >
            <div className="flex items-center gap-2">
              <Link href={user ? "/home" : "/"} className="text-lg font-semibold text-sage-700">
                Kept
              </Link>
              {user ? <NotificationBell count={bell} /> : null}
              {user ? <LiveUpdates /> : null}
              {user ? <FreshOnBack /> : null}
            </div>
            <div className="flex flex-wrap items-center gap-x-3 text-sm">
              {user ? (
                <>
                  <NavLinks
                    links={[
                      { href: "/home", label: "Home" },
                      { href: "/today", label: "Today" },
                      { href: "/commitments", label: "Commitments" },
                      { href: "/dashboard", label: "Consistency" },
                      { href: "/boundaries", label: "Boundaries" },
                      { href: "/settings", label: "Settings" },
                    ]}
                  />
                  <SignOutButton />
                </>
              ) : (
                <>
                  <Link href="/sign-in" className="hover:underline">
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
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-3xl px-4 py-8">
          {children}
        </main>
      </body>
    </html>
  );
}
