// Sign-out means signed out: after alice signs out in the app, Keycloak tells the API (back-channel logout), and her
// old access token, replayed with curl, is refused although it has not expired and the API had verified it before.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, it } from "node:test";
import { useAppInBrowser } from "./support/appInBrowser.mjs";
import { signIn, signOut, userStorageKey, waitForNotes } from "./support/appSteps.mjs";
import { newUserPage, screenshot } from "./support/browser.mjs";
import { stack, users } from "./support/stackEnv.mjs";

const storedAccessToken = (page) =>
  page.evaluate((key) => JSON.parse(sessionStorage.getItem(key) ?? "null")?.access_token, userStorageKey);

/** The API's status and WWW-Authenticate for a token sent as a plain Bearer, as anyone holding a copy could send it. */
async function replayWithCurl(token, path) {
  const { stdout } = await promisify(execFile)("curl", [
    "-s", "-o", "/dev/null", "-D", "-", "-H", `Authorization: Bearer ${token}`, `${stack.apiUrl}${path}`,
  ]);
  const status = Number(stdout.match(/^HTTP\/\S+ (\d+)/)[1]);
  const challenge = stdout.match(/^www-authenticate: (.*)$/im)?.[1]?.trim() ?? "";
  return { status, challenge };
}

describe("signing out", () => {
  const app = useAppInBrowser();

  it("ends the API's acceptance of the old access token", async () => {
    const page = await newUserPage(app.browser);
    await signIn(page, users.alice);
    await waitForNotes(page);
    const token = await storedAccessToken(page);

    await signOut(page);
    await screenshot(page, "signed-out");

    const replay = await replayWithCurl(token, "/api/me");
    assert.equal(replay.status, 401, "the old access token is refused");
    assert.match(replay.challenge, /error="invalid_token", error_description="the session has ended"/);
    await page.context().close();
  });
});
