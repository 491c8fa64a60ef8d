import type { Page } from "@playwright/test";
import { link } from "./couple";
import { expect, secondPerson, test } from "./fixtures";

// When a fight happens: a time-out with a promised return, between two browsers, on a phone and
// on a desktop. Open pages follow the partner through live updates.
const LIVE = { timeout: 10_000 };
const SIZES = [
  { name: "phone", viewport: { width: 390, height: 844 } },
  { name: "desktop", viewport: { width: 1280, height: 900 } },
] as const;

async function shot(page: Page, name: string) {
  if (process.env.FIGHT_SHOTS) await page.screenshot({ path: `data/e2e/${name}.png`, fullPage: true });
}

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: size.viewport });

    test("a time-out and the return: the partner sees the time, then 'back'", async ({
      browser,
      page,
      user,
    }) => {
      test.slow(); // two browsers and a production build on a loaded machine
      const b = await secondPerson(browser, "Blair");
      await b.page.setViewportSize(size.viewport);
      await link(page, b.page, user.name);

      // B's Home is open while A steps away.
      await b.page.goto("/home");
      await page.goto("/home");
      await page.getByRole("link", { name: /Time-out/ }).click();
      await expect(page).toHaveURL(/\/time-out$/);
      await expect(page.getByRole("radio", { name: /^20 minutes · back at/ })).toBeChecked();
      await page.getByRole("radio", { name: /^1 hour · back/ }).check();
      await shot(page, `time-out-form-${size.name}`);
      await page.getByRole("button", { name: "I need a break from this conversation" }).click();
      await expect(page.getByTestId("my-time-out")).toContainText("Blair knows you'll be back");

      const notice = b.page.getByTestId("time-out-notice");
      await expect(notice).toContainText(`${user.name} needs a break from this conversation`, LIVE);
      await expect(notice).toContainText(/back (tomorrow )?at \d{2}:\d{2}/);
      await shot(page, `time-out-mine-${size.name}`);
      await shot(b.page, `time-out-partner-${size.name}`);
      await b.page.goto("/notifications");
      await expect(b.page.getByText("needs a break from this conversation and said when")).toBeVisible();

      await b.page.goto("/time-out");
      await expect(b.page.getByTestId("time-out-notice")).toBeVisible();
      await page.getByRole("button", { name: "I'm back, ready to talk" }).click();
      await expect(page.getByRole("button", { name: "I need a break from this conversation" })).toBeVisible();
      await expect(b.page.getByTestId("time-out-notice")).toHaveCount(0, LIVE);
      await b.page.goto("/notifications");
      await expect(b.page.getByText("is back from their time-out and ready to talk")).toBeVisible();
      await b.context.close();
    });

    test("a whole conversation about what happened, step by step, to a commitment", async ({
      browser,
      page,
      user,
    }) => {
      test.slow(); // two browsers, six steps, a production build on a loaded machine
      const b = await secondPerson(browser, "Blair");
      await b.page.setViewportSize(size.viewport);
      await link(page, b.page, user.name);

      // It's about an amends A shared earlier, picked from the start form's list.
      await page.goto("/amends/new");
      await page.getByLabel("What I did").fill("I checked my phone at dinner");
      await page.getByLabel("The impact I understand it had on you").fill("You felt alone");
      await page.getByLabel("What I will do differently").fill("Phone in the hall");
      await page.getByRole("button", { name: "Share with Blair" }).click();
      await expect(page).toHaveURL(/\/amends\/[^/]+$/);
      await page.goto("/repair");
      await page.getByLabel("What happened, in a few words").fill("The argument about the phone");
      await page.getByLabel("Is it about one of these? (optional)").selectOption({
        label: "I checked my phone at dinner",
      });
      await shot(page, `repair-start-${size.name}`);
      await page.getByRole("button", { name: "Talk about what happened" }).click();
      await expect(page).toHaveURL(/\/repair\/[^/]+$/);
      const url = page.url();
      await b.page.goto("/notifications");
      await expect(b.page.getByText(/would like to talk about what happened/)).toBeVisible();
      await b.page.goto(url);
      await expect(b.page.getByRole("link", { name: "I checked my phone at dinner" })).toBeVisible();

      const steps: { label: string; a: string; b: string; feeling?: [string, string] }[] = [
        { label: "How I felt", a: "AVA felt small", b: "BLAIR felt unheard", feeling: ["hurt", "lonely"] },
        { label: "What I heard you say", a: "You felt unheard", b: "You felt small" },
        {
          label: "My reality of what happened",
          a: "I felt ignored when you checked your phone",
          b: "I felt rushed",
        },
        { label: "What it touched in me", a: "", b: "Being left out as a child" },
        { label: "My part in it", a: "I was tired and short with you", b: "I didn't look up" },
        {
          label: "One thing I'll do differently next time",
          a: "Say when I'm tired",
          b: "Put the phone away",
        },
      ];
      for (const [i, step] of steps.entries()) {
        const heading = new RegExp(`^Step ${i + 1} of 6: ${step.label}`);
        await expect(page.getByRole("heading", { name: heading })).toBeVisible(LIVE);
        if (step.feeling) await page.getByRole("checkbox", { name: step.feeling[0], exact: true }).check();
        const field =
          step.label === "How I felt" ? "In my own words (optional)" : new RegExp(`^${step.label}`);
        if (step.a) await page.getByLabel(field).fill(step.a);
        if (i === 0) await shot(page, `repair-step-${size.name}`);
        await page.getByRole("button", { name: "Share with Blair" }).click();
        // B learns that A has shared, never what.
        await expect(b.page.getByTestId("repair-status")).toContainText(
          "Your partner has shared this step",
          LIVE,
        );
        if (step.a) await expect(b.page.locator("main")).not.toContainText(step.a);
        await expect(b.page.getByRole("heading", { name: heading })).toBeVisible();
        if (step.feeling) await b.page.getByRole("checkbox", { name: step.feeling[1], exact: true }).check();
        await b.page.getByLabel(field).fill(step.b);
        await b.page.getByRole("button", { name: `Share with ${user.name}` }).click();
        const key = ["felt", "heard", "reality", "touched", "part", "plan"][i];
        await expect(b.page.getByTestId(`partner-${key}`)).toContainText(step.a || "Left out.");
        await expect(page.getByTestId(`partner-${key}`)).toContainText(step.b, LIVE);
        if (key === "heard") {
          // Each says whether the other caught them: "not quite", said again, then "yes".
          await b.page.getByTestId("heard-of-me").getByRole("button", { name: "Not quite" }).click();
          await page.getByLabel("Say it again, in your own words").fill("You felt unheard and alone", LIVE);
          await page.getByRole("button", { name: "Say it again" }).click();
          await b.page.getByTestId("heard-of-me").getByRole("button", { name: "Yes, that's it" }).click(LIVE);
          await expect(page.getByTestId("heard-verdict")).toContainText("Yes, that's it", LIVE);
          await page.getByTestId("heard-of-me").getByRole("button", { name: "Yes, that's it" }).click();
          await expect(b.page.getByTestId("heard-verdict")).toContainText("Yes, that's it", LIVE);
        }
      }
      await expect(page.getByTestId("repair-status")).toContainText("every step", LIVE);
      await shot(page, `repair-done-${size.name}`);
      await shot(b.page, `repair-done-partner-${size.name}`);

      // A's part becomes an amends in one step, filled in from the conversation.
      await page.getByRole("button", { name: "Make my part an amends" }).click();
      await expect(page.getByLabel("What I did")).toHaveValue("I was tired and short with you");
      await expect(page.getByLabel("The impact I understand it had on you")).toHaveValue(
        "You told me you felt lonely.",
      );
      await expect(page.getByLabel("What I will do differently")).toHaveValue("Say when I'm tired");
      await shot(page, `repair-part-amends-${size.name}`);
      await page.getByRole("button", { name: "Share with Blair" }).click();
      await expect(page).toHaveURL(/\/amends\/[^/]+$/);
      await expect(page.getByText("I was tired and short with you")).toBeVisible();
      await page.goto(url);
      await expect(page.getByRole("link", { name: "an amends" })).toBeVisible();

      await page.getByLabel("A short title").fill("Say when I'm tired");
      await page.getByRole("button", { name: "Make this a commitment" }).click();
      await expect(page).toHaveURL(/\/commitments\/[^/]+$/);
      await expect(page.getByRole("heading", { name: "Say when I'm tired" })).toBeVisible();
      await b.context.close();
    });
  });
}
