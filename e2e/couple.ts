import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

/** A invites from their home page; B, signed in elsewhere, accepts through the link. */
export async function link(a: Page, b: Page, aName: string) {
  await a.goto("/home");
  await a.getByRole("button", { name: "Invite my partner" }).click();
  const url = await a.getByLabel("Invitation link").inputValue();
  await b.goto(url);
  await b.getByRole("button", { name: `Accept and link with ${aName}` }).click();
  await expect(b).toHaveURL(/\/home$/);
}
