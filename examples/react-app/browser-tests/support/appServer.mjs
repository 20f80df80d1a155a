import { fileURLToPath } from "node:url";
import { createServer } from "vite";
import { stack } from "./stackEnv.mjs";

const appRoot = fileURLToPath(new URL("../..", import.meta.url));

async function alreadyServed() {
  try {
    return (await fetch(stack.appUrl)).ok;
  } catch {
    return false;
  }
}

/**
 * Serves the app on the URL the realm allows (http://localhost:5173) unless the stack already serves it there.
 * Returns a function that stops what this call started.
 */
export async function serveApp() {
  if (await alreadyServed()) return async () => {};
  const { hostname, port } = new URL(stack.appUrl);
  // Vite exposes VITE_* variables of the process as import.meta.env.
  Object.assign(process.env, {
    VITE_KEYCLOAK_URL: stack.keycloakUrl,
    VITE_API_URL: stack.apiUrl,
    VITE_REALM: stack.realm,
    VITE_CLIENT_ID: stack.clientId,
  });
  const server = await createServer({
    root: appRoot,
    configFile: `${appRoot}/vite.config.ts`,
    logLevel: "warn",
    server: { host: hostname, port: Number(port), strictPort: true },
  });
  await server.listen();
  return () => server.close();
}
