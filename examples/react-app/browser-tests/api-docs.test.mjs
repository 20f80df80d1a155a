// The API's own docs in a real browser against the real stack: Swagger UI, served by the api-service, signs alice in
// through Keycloak's login page (public client api-docs, Authorization Code + PKCE) and calls the real API with the
// token. Without `write` in the token, creating a note is refused with 403 and the scopes it needs. All of it runs
// under the Content-Security-Policy the API sends for its Swagger UI pages: the browser reports no violation.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { launchBrowser, newUserPage, screenshot } from "./support/browser.mjs";
import { fillKeycloakLogin, keycloakLoginButton } from "./support/keycloakLogin.mjs";
import { requireStack, stack, users } from "./support/stackEnv.mjs";

const SCHEME = "keycloak"; // the OAuth2 security scheme of the OpenAPI document

describe("API docs (Swagger UI)", () => {
  let browser;

  before(async () => {
    await requireStack();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  /** Swagger UI's Authorize dialog: ticks the scopes, signs in at Keycloak in the popup it opens, closes. */
  async function authorize(page, user, scopes) {
    await page.locator(".auth-wrapper button.authorize").click();
    const dialog = page.locator(".modal-ux");
    assert.equal(await dialog.locator("#client_id_authorizationCode").inputValue(), "api-docs");
    for (const scope of scopes) {
      await dialog.locator(`label[for="${scope}-authorizationCode-checkbox-${SCHEME}"]`).click();
    }
    await screenshot(page, "authorize-dialog");
    const [popup] = await Promise.all([
      page.waitForEvent("popup"),
      // The dialog also lists the DPoP scheme (an API key field): its button is "Apply credentials".
      dialog.getByRole("button", { name: "Apply given OAuth2 credentials" }).click(),
    ]);
    await popup.locator("#username").waitFor();
    assert.ok(popup.url().startsWith(`${stack.keycloakUrl}/realms/${stack.realm}/`), `Keycloak, not ${popup.url()}`);
    const authorizationRequest = new URL(popup.url());
    await fillKeycloakLogin(popup, user.username, user.password);
    await screenshot(popup, "keycloak-login-page");
    await Promise.all([popup.waitForEvent("close"), keycloakLoginButton(popup).click()]);
    await dialog.locator(".auth-btn-wrapper button", { hasText: "Logout" }).waitFor();
    await screenshot(page, "authorized");
    await dialog.locator("button.close-modal").click();
    return authorizationRequest;
  }

  /** Opens an operation, fills the body when there is one, executes it and returns the status Swagger UI shows. */
  async function execute(page, operationId, body) {
    const operation = page.locator(`#operations-notes-${operationId}`);
    await operation.locator(".opblock-summary").first().click();
    await operation.getByRole("button", { name: "Try it out" }).click();
    if (body !== undefined) await operation.locator("textarea.body-param__text").fill(JSON.stringify(body));
    await operation.getByRole("button", { name: "Execute" }).click();
    const status = operation.locator(".live-responses-table tr.response .response-col_status").first();
    await status.waitFor();
    return {
      status: (await status.innerText()).trim(),
      body: await operation.locator(".live-responses-table .microlight").first().innerText(),
    };
  }

  it("alice authorizes with read only: GET /api/notes answers 200, POST /api/notes 403 insufficient_scope", async () => {
    const page = await newUserPage(browser);
    const violations = [];
    page.context().on("console", (message) => {
      if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
    });
    const docs = await page.goto(`${stack.apiUrl}/swagger-ui/index.html`);
    assert.match(docs.headers()["content-security-policy"] ?? "", /script-src 'self' 'sha256-/);
    await page.getByRole("heading", { name: /Frontgate API/ }).waitFor();
    await screenshot(page, "swagger-ui");

    const request = await authorize(page, users.alice, ["read"]);
    assert.equal(request.searchParams.get("client_id"), "api-docs");
    assert.equal(request.searchParams.get("code_challenge_method"), "S256");
    assert.equal(request.searchParams.get("scope"), "read");

    const list = await execute(page, "list");
    assert.equal(list.status, "200", list.body);
    assert.match(list.body, /"items"/);
    await screenshot(page, "get-notes-200");

    const create = await execute(page, "create", { title: "From the docs", body: "needs write" });
    assert.equal(create.status, "403", create.body);
    assert.match(create.body, /"insufficient_scope"/);
    assert.match(create.body, /"required_scopes"\s*:\s*\[\s*"write"\s*\]/);
    await screenshot(page, "post-notes-403");
    assert.deepEqual(violations, [], "Swagger UI must work under its Content-Security-Policy");
    await page.context().close();
  });
});
