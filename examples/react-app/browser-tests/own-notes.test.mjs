// alice changes her own notes: edit, a stale edit from a second tab (409), delete.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { useAppInBrowser } from "./support/appInBrowser.mjs";
import { noteCard, signIn, waitForNotes } from "./support/appSteps.mjs";
import { newUserPage, screenshot } from "./support/browser.mjs";
import { stack, users } from "./support/stackEnv.mjs";

async function createPrivateNote(page, title) {
  await page.getByRole("button", { name: "New note" }).click();
  const editor = page.getByRole("form", { name: "New note" });
  await editor.getByLabel("Title").fill(title);
  await editor.getByLabel("Text").fill("first draft");
  await editor.getByRole("button", { name: "Save" }).click();
  await noteCard(page, title).waitFor();
}

async function openEditor(page, title) {
  await noteCard(page, title).getByRole("button", { name: "Edit" }).click();
  const editor = page.getByRole("form", { name: "Edit note" });
  await editor.waitFor();
  return editor;
}

describe("alice's own notes", () => {
  const title = `Private draft ${new Date().toISOString()}`;
  const app = useAppInBrowser();

  it("edits a note, is told about a conflicting edit from another tab, and deletes the note", async () => {
    const page = await newUserPage(app.browser);
    await signIn(page, users.alice);
    await waitForNotes(page);
    await createPrivateNote(page, title);
    assert.match(await noteCard(page, title).innerText(), /private · by you/);

    // A second tab of the same browser: Keycloak's session signs it in without a password.
    const otherTab = await page.context().newPage();
    await otherTab.goto(stack.appUrl);
    await otherTab.getByRole("button", { name: "Sign in" }).click();
    await waitForNotes(otherTab);
    const staleEditor = await openEditor(otherTab, title);

    const editor = await openEditor(page, title);
    await editor.getByLabel("Text").fill("second draft");
    await editor.getByRole("button", { name: "Save" }).click();
    await page.getByRole("status").getByText("Note saved.").waitFor();
    assert.match(await noteCard(page, title).innerText(), /second draft/);

    await staleEditor.getByLabel("Text").fill("edit from the stale tab");
    await staleEditor.getByRole("button", { name: "Save" }).click();
    await otherTab
      .getByRole("alert")
      .getByText(/changed this note in the meantime/)
      .waitFor();
    await screenshot(otherTab, "alice-conflicting-edit");
    await otherTab.close();

    await page.getByRole("button", { name: "Reload" }).click();
    await page.getByRole("button", { name: "Reload", disabled: false }).waitFor();
    assert.match(await noteCard(page, title).innerText(), /second draft/, "the stale edit changed nothing");
    await noteCard(page, title).getByRole("button", { name: "Delete" }).click();
    await page.getByRole("status").getByText("Note deleted.").waitFor();
    await noteCard(page, title).waitFor({ state: "detached" });
    await page.context().close();
  });
});
