import { mkdirSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const resultsDir = fileURLToPath(new URL("../../test-results/", import.meta.url));

// Debian's Chromium: test tools may not download a browser here. The flags keep it off the (closed) network.
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launchBrowser() {
  mkdirSync(resultsDir, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** A fresh profile (no cookies, no storage) per user, as if each used their own browser. */
export async function newUserPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  context.setDefaultTimeout(20_000);
  return context.newPage();
}

// node --test runs each test file in its own process: its name groups the screenshots of that file.
const storyName = basename(process.argv[1] ?? "browser", ".test.mjs");
let shotNumber = 0;

/** Screenshots are named <test file>-<step number>-<what it shows>, so the folder reads as the story of the run. */
export async function screenshot(page, name) {
  shotNumber += 1;
  const file = `${resultsDir}${storyName}-${String(shotNumber).padStart(2, "0")}-${name}.png`;
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
