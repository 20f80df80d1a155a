/**
 * The scopes the app asks Keycloak for. Browsing needs only `read groups`; `write` is asked for in a second
 * authorization request when the user wants to change something, so a token that leaks while browsing cannot write.
 */
export const Scope = { READ: "read", WRITE: "write", GROUPS: "groups" } as const;

export const BROWSE_SCOPES = ["openid", Scope.READ, Scope.GROUPS].join(" ");
export const EDIT_SCOPES = ["openid", Scope.READ, Scope.WRITE, Scope.GROUPS].join(" ");

/** Scopes Keycloak actually granted (it silently drops those the user may not have, e.g. `write` for non-editors). */
export function grantedScopes(scopeParam: string | undefined): Set<string> {
  return new Set((scopeParam ?? "").split(" ").filter(Boolean));
}
