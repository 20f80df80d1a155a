// Where the stack under test runs. Defaults are the local stack of `./frontgate up`; the launcher (or CI) can point
// the tests elsewhere with these variables.
const trimSlash = (url) => url.replace(/\/+$/, "");

export const stack = {
  appUrl: trimSlash(process.env.FRONTGATE_APP_URL || "http://localhost:5173"),
  keycloakUrl: trimSlash(process.env.FRONTGATE_KEYCLOAK_URL || process.env.VITE_KEYCLOAK_URL || "http://localhost:8180"),
  apiUrl: trimSlash(process.env.FRONTGATE_API_URL || process.env.VITE_API_URL || "http://localhost:8280"),
  realm: process.env.VITE_REALM || "frontgate",
  clientId: process.env.VITE_CLIENT_ID || "react-frontend",
  adminUser: process.env.FRONTGATE_ADMIN_USER || "admin",
  adminPassword: process.env.FRONTGATE_ADMIN_PASSWORD || "admin",
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
  if (!(await answers(`${authority}/.well-known/openid-configuration`))) missing.push(`Keycloak at ${stack.keycloakUrl}`);
  if (!(await answers(`${stack.apiUrl}/health`))) missing.push(`api-service at ${stack.apiUrl}`);
  if (missing.length > 0) {
    throw new Error(`The browser tests need the real stack; not reachable: ${missing.join(", ")}. Start it with ./frontgate up`);
  }
}
