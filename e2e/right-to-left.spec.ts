import { link } from "./couple";
import { expect, fakeIp, secondPerson, signInOverHttp, test } from "./fixtures";

// The groundwork for right-to-left languages, before any is translated: with dir="rtl" on <html>
// (as a Hebrew or Arabic page will have it), the layout turns with the writing direction (logical
// utilities only, src/lib/logical-classes.test.ts), icons that point along the line are mirrored,
// and nothing scrolls sideways on a phone.

test("a right-to-left page at phone size: mirrored, no sideways scroll", async ({ browser, page, user }) => {
  const b = await secondPerson(browser, "נועה");
  await link(page, b.page, user.name);
  const res = await page.request.post("/api/trpc/commitment.create", {
    data: { json: { title: "הליכה ביחד", who: "both", cadence: { kind: "daily" } } },
  });
  expect(res.status(), await res.text()).toBe(200);
  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    extraHTTPHeaders: { "x-forwarded-for": fakeIp() },
  });
  await signInOverHttp(phone, user);
  const p = await phone.newPage();
  for (const path of ["/home", "/today", "/commitments", "/dashboard", "/notifications", "/settings"]) {
    await p.goto(path);
    await expect(p.getByRole("main")).toBeVisible();
    await p.evaluate(() => {
      document.documentElement.dir = "rtl";
    });
    const overflow = await p.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
  }
  // The tab bar runs from the right (Home, the first tab, is its rightmost), and the rising bars
  // of Consistency are drawn the other way round; Home's house is not.
  const tabs = p.getByRole("navigation", { name: "Main" });
  const home = await tabs.getByRole("link", { name: "Home" }).boundingBox();
  const consistency = tabs.getByRole("link", { name: "Consistency" });
  const bars = await consistency.boundingBox();
  expect(home && bars && home.x > bars.x).toBe(true);
  await expect(consistency.locator("svg")).toHaveCSS("scale", "-1 1");
  await expect(tabs.getByRole("link", { name: "Home" }).locator("svg")).not.toHaveCSS("scale", "-1 1");
  await p.screenshot({ path: test.info().outputPath("dashboard-rtl.png") });
  await phone.close();
  await b.context.close();
});
