import type { ApiRequester } from "./http";

/** Who the API thinks the caller is, read from the access token it validated. */
export interface Me {
  sub: string;
  preferred_username: string;
  azp: string;
  scopes: string[];
  /** Full group paths (`/team-b/team-a`). */
  groups: string[];
}

/** `GET /api/me/groups` needs the `groups` scope; it answers full group paths, as `{ groups: [...] }` or a bare list. */
export function toGroupPaths(json: unknown): string[] {
  const list = Array.isArray(json) ? json : ((json as { groups?: unknown } | null)?.groups ?? []);
  return Array.isArray(list) ? list.map((g) => (typeof g === "string" ? g : String(g?.name ?? g))) : [];
}

export function meApi(request: ApiRequester) {
  return {
    me: () => request<Me>("GET", "/api/me"),
    groups: async () => toGroupPaths(await request<unknown>("GET", "/api/me/groups")),
  };
}
