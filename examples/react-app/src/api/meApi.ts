import type { ApiRequester } from "./http";

/** Who the API thinks the caller is, read from the access token it validated. */
export interface Me {
  sub: string;
  preferred_username: string;
  azp: string;
  scopes: string[];
  groups: string[];
}

/** `GET /api/me/groups` needs the `groups` scope; it answers either a bare list or `{ groups: [...] }`. */
export function toGroupNames(json: unknown): string[] {
  const list = Array.isArray(json) ? json : ((json as { groups?: unknown } | null)?.groups ?? []);
  return Array.isArray(list) ? list.map((g) => (typeof g === "string" ? g : String(g?.name ?? g))) : [];
}

export function meApi(request: ApiRequester) {
  return {
    me: () => request<Me>("GET", "/api/me"),
    groups: async () => toGroupNames(await request<unknown>("GET", "/api/me/groups")),
  };
}
