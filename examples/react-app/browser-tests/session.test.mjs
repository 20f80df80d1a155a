// 401 handling in a real browser: a refused access token is renewed with the refresh token while the Keycloak session
// lives; once the session is revoked, the user lands on the sign-in page with a plain explanation.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { useAppInBrowser } from "./support/appInBrowser.mjs";
import { assertSignedInAs, signIn, userStorageKey, waitForNotes } from "./support/appSteps.mjs";
import { newUserPage, screenshot } from "./support/browser.mjs";
import { revokeSessionsOf } from "./support/keycloakAdmin.mjs";
import { users } from "./support/stackEnv.mjs";

/** Breaks the stored access token's signature, so the API refuses it as it would an expired one (401). */
async function spoilStoredAccessToken(page) {
  await page.evaluate((key) => {
    const user = JSON.parse(sessionStorage.getItem(key));
    const last = user.access_token.at(-2) === "A" ? "B" : "A";
    user.access_token = `${user.access_token.slice(0, -2)}${last}${user.access_token.at(-1)}`;
    sessionStorage.setItem(key, JSON.stringify(user));
  }, userStorageKey);
  return page.evaluate((key) => JSON.parse(sessionStorage.getItem(key)).access_token, userStorageKey);
}

/** Moves the stored token's expiry into the past, as if the tab had slept longer than the token lives. */
async function expireStoredAccessToken(page) {
  await page.evaluate((key) => {
    const user = JSON.parse(sessionStorage.getItem(key));
    user.expires_at = Math.floor(Date.now() / 1000) - 60;
    sessionStorage.setItem(key, JSON.stringify(user));
  }, userStorageKey);
  return storedAccessToken(page);
}

const storedAccessToken = (page) =>
  page.evaluate((key) => JSON.parse(sessionStorage.getItem(key) ?? "null")?.access_token, userStorageKey);

describe("an expired or revoked session", () => {
  const app = useAppInBrowser();

  it("renews a refused access token while the Keycloak session is alive", async () => {
    const page = await newUserPage(app.browser);
    await signIn(page, users.carol);
    const spoiled = await spoilStoredAccessToken(page);
    await page.reload();

    await waitForNotes(page);
    await assertSignedInAs(page, "carol");
    assert.equal(await page.getByRole("alert").count(), 0, "no error shown after a silent renewal");
    assert.notEqual(await storedAccessToken(page), spoiled, "the app got a new access token");
    await page.context().close();
  });

  it("renews an access token that expired while the tab was away", async () => {
    const page = await newUserPage(app.browser);
    await signIn(page, users.carol);
    const expired = await expireStoredAccessToken(page);
    await page.reload();

    await waitForNotes(page);
    await assertSignedInAs(page, "carol");
    assert.notEqual(await storedAccessToken(page), expired, "the app got a new access token");
    await page.context().close();
  });

  it("shows the sign-in page for an expired token once the session was revoked", async () => {
    const page = await newUserPage(app.browser);
    await signIn(page, users.carol);
    await revokeSessionsOf("carol");
    await expireStoredAccessToken(page);
    await page.reload();

    await page.getByText("Your session has expired. Please sign in again.").waitFor();
    await screenshot(page, "expired-session-back-to-sign-in");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.locator("#username").waitFor();
    await page.context().close();
  });

  it("leads back to sign-in once the session was revoked", async () => {
    const page = await newUserPage(app.browser);
    await signIn(page, users.carol);
    await waitForNotes(page);
    await revokeSessionsOf("carol");
    await spoilStoredAccessToken(page);
    await page.reload();

    await page.getByText("Your session has ended. Please sign in again.").waitFor();
    assert.equal(await page.getByRole("button", { name: "Sign in" }).count(), 1);
    assert.equal(await storedAccessToken(page), undefined, "the refused tokens are gone from the tab");
    await screenshot(page, "session-ended-back-to-sign-in");

    await page.getByRole("button", { name: "Sign in" }).click();
    await page.locator("#username").waitFor(); // Keycloak's session is gone: it asks for the password again
    await page.context().close();
  });
});
