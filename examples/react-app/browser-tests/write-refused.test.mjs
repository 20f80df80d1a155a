// The provider's alternative setting: Keycloak refuses a request for `write` from a non-editor outright, instead of
// leaving `write` out of the token. The app must say so plainly and let the user go back to browsing.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { useAppInBrowser } from "./support/appInBrowser.mjs";
import { assertSignedInAs, signIn, waitForNotes } from "./support/appSteps.mjs";
import { newUserPage, screenshot } from "./support/browser.mjs";
import { clientProfiles, putClientProfiles } from "./support/keycloakAdmin.mjs";
import { users } from "./support/stackEnv.mjs";

function withMissingRoleAction(profiles, action) {
  const copy = structuredClone(profiles);
  const executors = copy.profiles.flatMap((profile) => profile.executors);
  const entitlement = executors.find((executor) => executor.executor === "scope-entitlement");
  assert.ok(entitlement, "the realm's profile has the scope-entitlement executor");
  entitlement.configuration["on-missing-role"] = action;
  return copy;
}

describe("when Keycloak refuses write to non-editors", () => {
  const app = useAppInBrowser();
  let profilesBefore;

  before(async () => {
    profilesBefore = await clientProfiles();
    await putClientProfiles(withMissingRoleAction(profilesBefore, "refuse"));
  });

  after(async () => {
    if (profilesBefore) await putClientProfiles(profilesBefore);
  });

  it("bob is told he is missing the write scope and can go back to his notes", async () => {
    const page = await newUserPage(app.browser);
    await signIn(page, users.bob);
    await waitForNotes(page);
    await page.getByRole("button", { name: "New note" }).click();

    const alert = page.getByRole("alert");
    await alert.waitFor();
    assert.match(await alert.innerText(), /^missing scope: write — Keycloak refused it: .*editor/);
    await screenshot(page, "bob-write-refused-by-keycloak");

    await page.getByRole("button", { name: "Back to your notes" }).click();
    await waitForNotes(page);
    await assertSignedInAs(page, "bob");
    assert.doesNotMatch(await page.getByTestId("scopes").innerText(), /\bwrite\b/);
    await page.context().close();
  });
});
