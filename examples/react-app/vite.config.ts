import { fileURLToPath } from "node:url";
import { loadEnv } from "vite";
import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

// The stack's constants come from the repository's frontgate.env (read here as its .env link); the environment
// overrides them, as it does for the launcher. The realm allows exactly FRONTGATE_APP_URL as redirect URI and web
// origin, so the dev server's port is that URL's port and must not drift.
const repositoryRoot = fileURLToPath(new URL("../..", import.meta.url));

export default defineConfig(({ mode }) => {
  const stack = loadEnv(mode, repositoryRoot, "FRONTGATE_");
  const appPort = Number(new URL(stack.FRONTGATE_APP_URL).port);
  return {
    plugins: [react()],
    define: {
      __STACK_DEFAULTS__: JSON.stringify({
        keycloakUrl: `http://localhost:${stack.FRONTGATE_KEYCLOAK_PORT}`,
        realm: stack.FRONTGATE_REALM,
        clientId: stack.FRONTGATE_CLIENT_ID,
        apiUrl: `http://localhost:${stack.FRONTGATE_API_PORT}`,
      }),
    },
    server: { host: "localhost", port: appPort, strictPort: true },
    preview: { host: "localhost", port: appPort, strictPort: true },
    test: {
      environment: "jsdom",
      include: ["src/**/*.test.{ts,tsx}"],
      setupFiles: ["src/test-setup.ts"],
      // Typing through user-event takes seconds on a loaded 2-core machine; the default 5 s cut tests off mid-way.
      testTimeout: 30_000,
    },
  };
});
