"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Back and Forward show a page as the router (or the browser's back-forward cache) kept it, which
 * may be before the change just made (a boundary proposed, then Back to the list without it:
 * an invitation to propose it twice). After every such navigation the page's server components
 * are fetched again, so what shows is current.
 */
export function FreshOnBack() {
  const router = useRouter();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // After the router has put the cached page back, ask for the current one.
    const refresh = () => {
      clearTimeout(timer);
      timer = setTimeout(() => router.refresh(), 0);
    };
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) refresh();
    };
    window.addEventListener("popstate", refresh);
    window.addEventListener("pageshow", onPageShow);
    return () => {
      clearTimeout(timer);
      window.removeEventListener("popstate", refresh);
      window.removeEventListener("pageshow", onPageShow);
    };
  }, [router]);
  return null;
}
