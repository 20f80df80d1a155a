import { after, before } from "node:test";
import { serveApp } from "./appServer.mjs";
import { launchBrowser } from "./browser.mjs";
import { requireStack } from "./stackEnv.mjs";

/**
 * The lifecycle every app story shares: the stack must answer, the app is served on its one allowed origin, and one
 * browser serves all tests of the suite. Call it inside `describe`; use `app.browser` in the tests.
 */
export function useAppInBrowser() {
  const app = { browser: undefined };
  let stopApp;

  before(async () => {
    await requireStack();
    stopApp = await serveApp();
    app.browser = await launchBrowser();
  });

  after(async () => {
    await app.browser?.close();
    await stopApp?.();
  });

  return app;
}
