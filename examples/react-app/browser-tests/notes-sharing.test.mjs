// The story of issue 7 in a real browser against the real stack: alice shares a note with team-a, bob (team-a, not
// an editor) reads it but may not write, carol (team-b) never sees it. The API names groups by path (/team-a); the
// app shows their names.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { useAppInBrowser } from "./support/appInBrowser.mjs";
import { noteCard, signIn, signOut, waitForNotes } from "./support/appSteps.mjs";
import { newUserPage, screenshot } from "./support/browser.mjs";
import { users } from "./support/stackEnv.mjs";

describe("notes shared through groups", () => {
  const title = `Team-a plan ${new Date().toISOString()}`;
  const app = useAppInBrowser();

  it("alice signs in, sees her groups, creates a note shared with team-a and signs out", async () => {
    const page = await newUserPage(app.browser);
    await signIn(page, users.alice, { onLoginPage: (login) => screenshot(login, "alice-on-keycloak-login-page") });
    await waitForNotes(page);
    const groups = page.getByRole("region", { name: "Your groups" });
    await groups.getByText("team-a").waitFor();
    assert.equal(await groups.locator("p").innerText(), "editors, team-a", "names, not paths");
    await screenshot(page, "alice-signed-in");

    await page.getByRole("button", { name: "New note" }).click();
    const editor = page.getByRole("form", { name: "New note" });
    await editor.waitFor(); // after the second authorization request, which asked for write
    assert.match(await page.getByTestId("scopes").innerText(), /\bwrite\b/);
    await editor.getByLabel("Title").fill(title);
    await editor.getByLabel("Text").fill("Shared with the whole team.");
    await editor.getByLabel("Share with").selectOption({ label: "team-a" });
    assert.equal(await editor.getByLabel("Share with").inputValue(), "/team-a", "the API is sent the group's path");
    await screenshot(page, "alice-writes-note");
    await editor.getByRole("button", { name: "Save" }).click();

    await page.getByRole("status").getByText("Note created.").waitFor();
    const card = noteCard(page, title);
    await card.waitFor();
    assert.match(await card.innerText(), /shared with team-a · by you/);
    assert.equal(await card.getByText(/shared with/).getAttribute("title"), "/team-a");
    await screenshot(page, "alice-note-created");

    await signOut(page);
    await screenshot(page, "alice-signed-out");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.locator("#username").waitFor(); // Keycloak asks again: its session ended too
    await page.context().close();
  });

  it("bob sees alice's team-a note and is told he is missing the write scope", async () => {
    const page = await newUserPage(app.browser);
    await signIn(page, users.bob);
    await waitForNotes(page);
    const card = noteCard(page, title);
    await card.waitFor();
    assert.match(await card.innerText(), /shared with team-a · by a group member/);
    assert.equal(await card.getByRole("button", { name: "Edit" }).count(), 0, "bob may not edit alice's note");
    await screenshot(page, "bob-sees-team-note");

    await page.getByRole("button", { name: "New note" }).click();
    const editor = page.getByRole("form", { name: "New note" });
    await editor.waitFor();
    assert.doesNotMatch(await page.getByTestId("scopes").innerText(), /\bwrite\b/, "Keycloak must not grant bob write");
    await editor.getByLabel("Title").fill("Bob tries to write");
    await editor.getByRole("button", { name: "Save" }).click();

    const alert = page.getByRole("alert");
    await alert.waitFor();
    assert.equal(await alert.innerText(), "missing scope: write");
    await screenshot(page, "bob-missing-write-scope");
    await page.context().close();
  });

  it("carol, in team-b only, does not see the team-a note", async () => {
    const page = await newUserPage(app.browser);
    await signIn(page, users.carol);
    await waitForNotes(page);
    await page.getByRole("region", { name: "Your groups" }).getByText("team-b").waitFor();
    assert.equal(await noteCard(page, title).count(), 0);
    await screenshot(page, "carol-does-not-see-team-a-note");
    await page.context().close();
  });
});
