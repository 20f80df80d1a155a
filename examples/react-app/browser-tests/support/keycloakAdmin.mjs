import { stack } from "./stackEnv.mjs";

/** The admin's access token, reused until shortly before it expires (master's tokens live 60 s). */
let adminSession = { token: undefined, renewAt: 0 };

async function adminToken() {
  if (adminSession.token && Date.now() < adminSession.renewAt) return adminSession.token;
  const response = await fetch(`${stack.keycloakUrl}/realms/master/protocol/openid-connect/token`, {
    method: "POST",
    body: new URLSearchParams({
      grant_type: "password",
      client_id: "admin-cli",
      username: stack.adminUser,
      password: stack.adminPassword,
    }),
  });
  if (!response.ok) throw new Error(`Keycloak admin login failed: ${response.status}`);
  const { access_token: token, expires_in: seconds } = await response.json();
  adminSession = { token, renewAt: Date.now() + (seconds - 10) * 1000 };
  return token;
}

async function admin(path, init = {}) {
  const response = await fetch(`${stack.keycloakUrl}/admin/realms/${stack.realm}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${await adminToken()}`, ...init.headers },
  });
  if (!response.ok) throw new Error(`Keycloak admin ${init.method ?? "GET"} ${path}: ${response.status}`);
  return response.status === 204 ? undefined : response.json();
}

/** Ends every Keycloak session of the user, as an admin would ("Sign out" in the console's user sessions). */
export async function revokeSessionsOf(username) {
  const [user] = await admin(`/users?username=${encodeURIComponent(username)}&exact=true`);
  if (!user) throw new Error(`no user ${username} in realm ${stack.realm}`);
  await admin(`/users/${user.id}/logout`, { method: "POST" });
}

/** The realm's client representation, as the admin REST API gives it. */
export async function clientRepresentation(clientId) {
  const [client] = await admin(`/clients?clientId=${encodeURIComponent(clientId)}`);
  if (!client) throw new Error(`no client ${clientId} in realm ${stack.realm}`);
  return client;
}

/** Puts a client back as it was, should a test have changed it (only when the guard failed to refuse). */
export async function restoreClient(representation) {
  await admin(`/clients/${representation.id}`, {
    method: "PUT",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(representation),
  });
}

/** The realm's client profiles (Realm settings → Client policies → Profiles). */
export const clientProfiles = () => admin("/client-policies/profiles");

export async function putClientProfiles(profiles) {
  await admin("/client-policies/profiles", {
    method: "PUT",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(profiles),
  });
}
