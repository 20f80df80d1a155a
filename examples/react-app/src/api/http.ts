import { ApiError, apiErrorFrom } from "./problem";

export interface TokenSource {
  /** The current access token, if signed in. */
  accessToken(): string | undefined;
  /** Gets a fresh access token (refresh-token grant); rejects when the session is over. */
  renew(): Promise<string | undefined>;
}

export type HttpMethod = "GET" | "POST" | "PUT" | "DELETE";

export interface ApiRequester {
  <T>(method: HttpMethod, path: string, body?: unknown): Promise<T>;
}

/** Thrown when a 401 persists after renewing: the user must sign in again. */
export class SessionEndedError extends ApiError {
  constructor(message: string) {
    super(401, message);
    this.name = "SessionEndedError";
  }
}

/**
 * Calls the API with `Authorization: Bearer`. A 401 means the token expired or was refused: renew once and retry;
 * if that fails too, the session is over and the caller gets a SessionEndedError.
 */
export function createApiRequester(baseUrl: string, tokens: TokenSource, fetchFn: typeof fetch = fetch): ApiRequester {
  const send = (method: HttpMethod, path: string, token: string | undefined, body: unknown) =>
    fetchFn(`${baseUrl}${path}`, {
      method,
      headers: {
        Accept: "application/json, application/problem+json",
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { "Content-Type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  // Keycloak rotates refresh tokens: parallel 401s must share one renewal, or all but the first would fail.
  // A failed renewal is final: later 401s of this requester report the ended session without asking again.
  let renewal: Promise<string | undefined> | null = null;
  let sessionEnded = false;
  const renewOnce = () => {
    if (sessionEnded) return Promise.resolve(undefined);
    renewal ??= tokens
      .renew()
      .catch(() => undefined)
      .then((token) => {
        sessionEnded = !token;
        return token;
      })
      .finally(() => (renewal = null));
    return renewal;
  };

  return async <T>(method: HttpMethod, path: string, body?: unknown): Promise<T> => {
    let response = await send(method, path, tokens.accessToken(), body);
    if (response.status === 401) {
      const renewed = await renewOnce();
      if (renewed) response = await send(method, path, renewed, body);
      if (response.status === 401) throw new SessionEndedError((await apiErrorFrom(response)).message);
    }
    if (!response.ok) throw await apiErrorFrom(response);
    if (response.status === 204 || response.headers.get("Content-Length") === "0") return undefined as T;
    return (await response.json()) as T;
  };
}
