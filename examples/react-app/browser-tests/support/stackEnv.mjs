// Where the stack under test runs: the environment first, then the stack.env that `./frontgate up` writes
// (in $FRONTGATE_HOME, default <repo>/.frontgate), then the stack's constants in <repo>/frontgate.env.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const trimSlash = (url) => url.replace(/\/+$/, "");

function readEnvFile(file) {
  if (!existsSync(file)) return {};
  const entries = readFileSync(file, "utf8")
    .split("\n")
    .map((line) => line.match(/^([A-Z_]+)=(.*)$/))
    .filter(Boolean)
    .map(([, key, value]) => [key, value]);
  return Object.fromEntries(entries);
}

const home = process.env.FRONTGATE_HOME || fileURLToPath(new URL("../../../../.frontgate", import.meta.url));
const env = { ...readEnvFile(`${home}/stack.env`), ...process.env };
const defaults = readEnvFile(fileURLToPath(new URL("../../../../frontgate.env", import.meta.url)));

export const stack = {
  appUrl: trimSlash(env.FRONTGATE_APP_URL || defaults.FRONTGATE_APP_URL),
  keycloakUrl: trimSlash(
    env.FRONTGATE_KEYCLOAK_URL || env.VITE_KEYCLOAK_URL || `http://localhost:${defaults.FRONTGATE_KEYCLOAK_PORT}`,
  ),
  apiUrl: trimSlash(env.FRONTGATE_API_URL || env.VITE_API_URL || `http://localhost:${defaults.FRONTGATE_API_PORT}`),
  realm: env.VITE_REALM || defaults.FRONTGATE_REALM,
  clientId: env.FRONTGATE_CLIENT_ID || env.VITE_CLIENT_ID || defaults.FRONTGATE_CLIENT_ID,
  adminUser: env.FRONTGATE_ADMIN_USER || "admin",
  adminPassword: env.FRONTGATE_ADMIN_PASSWORD || "admin",
};

export const authority = `${stack.keycloakUrl}/realms/${stack.realm}`;

/** The demo users of realm-config/frontgate-realm.json. */
export const users = {
  alice: { username: "alice", password: "alice-demo" },
  bob: { username: "bob", password: "bob-demo" },
  carol: { username: "carol", password: "carol-demo" },
};

/** True when a server answers at all: the point is a clear message when a part of the stack is not running. */
async function answers(url) {
  try {
    await fetch(url);
    return true;
  } catch {
    return false;
  }
}

/** Fails fast with a clear message instead of a timeout deep inside a browser step. */
export async function requireStack() {
  const missing = [];
  if (!(await answers(`${authority}/.well-known/openid-configuration`)))
    missing.push(`Keycloak at ${stack.keycloakUrl}`);
  if (!(await answers(`${stack.apiUrl}/health`))) missing.push(`api-service at ${stack.apiUrl}`);
  if (missing.length > 0) {
    throw new Error(
      `The browser tests need the real stack; not reachable: ${missing.join(", ")}. Start it with ./frontgate up`,
    );
  }
}
