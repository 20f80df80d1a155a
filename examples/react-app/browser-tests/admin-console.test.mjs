// An admin meets the frontend client guard in the Keycloak admin console: a change that would turn react-frontend
// into something else than a browser client is refused with the rule's name, and nothing is saved.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { launchBrowser, newUserPage, screenshot } from "./support/browser.mjs";
import { clientRepresentation, restoreClient } from "./support/keycloakAdmin.mjs";
import { fillKeycloakLogin, keycloakLoginButton } from "./support/keycloakLogin.mjs";
import { requireStack, stack } from "./support/stackEnv.mjs";

const consoleUrl = (route) => `${stack.keycloakUrl}/admin/master/console/#/${stack.realm}/${route}`;

/** Opens the console in a new tab of the admin's browser, so no earlier page or message is still shown. */
async function openConsole(context, route) {
  const page = await context.newPage();
  await page.goto(consoleUrl(route));
  // The console first redirects to the master realm's login page, unless the admin is signed in already.
  const loginForm = page.locator("#username");
  await loginForm.or(page.getByTestId("options-toggle")).first().waitFor();
  if (await loginForm.isVisible()) {
    await fillKeycloakLogin(page, stack.adminUser, stack.adminPassword);
    await keycloakLoginButton(page).click();
  }
  return page;
}

async function openFrontendClient(context) {
  const page = await openConsole(context, "clients");
  await page.getByRole("link", { name: stack.clientId, exact: true }).click();
  await page.getByTestId("settings-save").waitFor();
  return page;
}

describe("the frontend client guard in the admin console", () => {
  let browser;
  let admin; // the admin's browser profile: signed in to the console once, for all tests
  let clientBefore;

  before(async () => {
    await requireStack();
    clientBefore = await clientRepresentation(stack.clientId);
    browser = await launchBrowser();
    admin = (await newUserPage(browser)).context();
  });

  after(async () => {
    await browser?.close();
    const clientAfter = await clientRepresentation(stack.clientId).catch(() => clientBefore);
    if (JSON.stringify(clientAfter) !== JSON.stringify(clientBefore)) await restoreClient(clientBefore);
  });

  it("refuses turning on client authentication, names the rule, and saves nothing", async () => {
    const page = await openFrontendClient(admin);
    await page.locator("label.pf-v5-c-switch[for=kc-authentication]").click();
    assert.equal(await page.getByTestId("authentication").isChecked(), true);
    await page.getByTestId("settings-save").click();

    const refusal = page.getByText(/Frontend client guard, rule 'public-client'/).first();
    await refusal.waitFor();
    await screenshot(page, "client-authentication-refused");
    assert.deepEqual(await clientRepresentation(stack.clientId), clientBefore, "the client is unchanged");

    const reopened = await openFrontendClient(admin);
    assert.equal(await reopened.getByTestId("authentication").isChecked(), false, "the console shows it public again");
  });

  it("refuses direct access grants with the rule's name", async () => {
    const page = await openFrontendClient(admin);
    await page.getByTestId("direct").check();
    await page.getByTestId("settings-save").click();

    await page
      .getByText(/Frontend client guard, rule 'no-direct-access-grants'/)
      .first()
      .waitFor();
    await screenshot(page, "direct-access-grants-refused");
    assert.deepEqual(await clientRepresentation(stack.clientId), clientBefore, "the client is unchanged");
  });

  it("shows the guard under Realm settings, Client policies, with its help texts", async () => {
    const policies = await openConsole(admin, "realm-settings/client-policies/policies");
    await policies.getByText("frontgate-frontend-clients").first().waitFor();

    const page = await openConsole(admin, "realm-settings/client-policies/profiles");
    await page.getByPlaceholder("Search").fill("frontgate");
    await page.getByPlaceholder("Search").press("Enter");
    await page.getByRole("link", { name: "frontgate-frontend" }).click();
    await page.getByRole("link", { name: "frontend-client-guard" }).first().click();
    await page.getByRole("button", { name: "Allowed scopes" }).first().click();

    await page
      .getByText(/refused with invalid_scope/)
      .first()
      .waitFor();
    await screenshot(page, "guard-settings-with-help");
  });
});
