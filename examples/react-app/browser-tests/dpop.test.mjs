// alice's tokens are DPoP-bound (RFC 9449): every API call the app makes carries a fresh proof, and the access token
// copied out of the page is useless without the browser's key.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { useAppInBrowser } from "./support/appInBrowser.mjs";
import { noteCard, signIn, userStorageKey, waitForNotes } from "./support/appSteps.mjs";
import { newUserPage } from "./support/browser.mjs";
import { stack, users } from "./support/stackEnv.mjs";

describe("DPoP in the browser", () => {
  const app = useAppInBrowser();

  it("sends every API call with a fresh DPoP proof, and a copied token is refused", async () => {
    const page = await newUserPage(app.browser);
    const apiCalls = [];
    page.on("request", (request) => {
      if (request.url().startsWith(`${stack.apiUrl}/api/`) && request.method() !== "OPTIONS") apiCalls.push(request);
    });
    await signIn(page, users.alice);
    await waitForNotes(page);
    const title = `DPoP note ${new Date().toISOString()}`;
    await page.getByRole("button", { name: "New note" }).click();
    const editor = page.getByRole("form", { name: "New note" });
    await editor.getByLabel("Title").fill(title);
    await editor.getByLabel("Text").fill("bound to a key");
    await editor.getByRole("button", { name: "Save" }).click();
    await noteCard(page, title).waitFor();

    assert.ok(apiCalls.length >= 3, `the app called the API (${apiCalls.length} calls)`);
    const proofs = [];
    for (const call of apiCalls) {
      const headers = await call.allHeaders();
      assert.match(headers.authorization ?? "", /^DPoP /, `${call.method()} ${call.url()} uses the DPoP scheme`);
      const proof = headers.dpop;
      assert.ok(proof, `${call.method()} ${call.url()} carries a proof`);
      const [header, claims] = proof
        .split(".")
        .slice(0, 2)
        .map((part) => JSON.parse(Buffer.from(part, "base64url")));
      assert.equal(header.typ, "dpop+jwt");
      assert.equal(claims.htm, call.method());
      assert.equal(claims.htu, call.url().split("?")[0]);
      proofs.push(claims.jti);
    }
    assert.equal(new Set(proofs).size, proofs.length, "a fresh proof (new jti) per call");

    const token = await page.evaluate((key) => JSON.parse(sessionStorage.getItem(key)).access_token, userStorageKey);
    assert.equal(JSON.parse(Buffer.from(token.split(".")[1], "base64url")).typ, "DPoP");
    for (const scheme of ["Bearer", "DPoP"]) {
      const replay = await fetch(`${stack.apiUrl}/api/notes`, { headers: { Authorization: `${scheme} ${token}` } });
      assert.equal(replay.status, 401, `the copied token replayed with ${scheme} and no proof`);
      assert.match(replay.headers.get("www-authenticate"), /DPoP algs=/);
    }
    await noteCard(page, title).getByRole("button", { name: "Delete" }).click();
    await noteCard(page, title).waitFor({ state: "detached" });
    await page.context().close();
  });
});
