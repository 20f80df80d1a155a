import assert from "node:assert/strict";
import { fillKeycloakLogin, keycloakLoginButton } from "./keycloakLogin.mjs";
import { authority, stack } from "./stackEnv.mjs";

/**
 * Opens the app, presses "Sign in" and fills Keycloak's own login form. `onLoginPage` runs there, e.g. to take a
 * screenshot of it.
 */
export async function signIn(page, user, { onLoginPage = async () => {} } = {}) {
  await page.goto(stack.appUrl);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.href.startsWith(`${authority}/`));
  await fillKeycloakLogin(page, user.username, user.password);
  await onLoginPage(page);
  await keycloakLoginButton(page).click();
  await page.waitForURL((url) => url.href.startsWith(stack.appUrl));
  await assertSignedInAs(page, user.username);
}

export async function assertSignedInAs(page, username) {
  await page.waitForFunction(
    (name) => document.querySelector("[data-testid=username]")?.textContent === name,
    username,
  );
}

/** Waits until the notes request has answered (a list, or the empty message). */
export async function waitForNotes(page) {
  await page.locator("ul.notes").or(page.getByText("No notes yet.")).first().waitFor();
}

export const noteCard = (page, title) => page.getByRole("article", { name: title });

export async function signOut(page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.getByRole("button", { name: "Sign in" }).waitFor();
  assert.ok(page.url().startsWith(stack.appUrl), `back in the app after sign-out, not at ${page.url()}`);
}

/** The oidc-client-ts user entry of this tab (sessionStorage), as the app stored it. */
export const userStorageKey = `oidc.user:${authority}:${stack.clientId}`;
