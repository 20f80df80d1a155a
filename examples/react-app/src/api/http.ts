import { ApiError, apiErrorFrom } from "./problem";

export type HttpMethod = "GET" | "POST" | "PUT" | "DELETE";

export interface TokenSource {
  /** The current access token, if signed in. */
  accessToken(): string | undefined;
  /** Gets a fresh access token (refresh-token grant); rejects when the session is over. */
  renew(): Promise<string | undefined>;
  /**
   * A fresh DPoP proof (RFC 9449) for one request, signed by the key the token is bound to. Present when tokens are
   * DPoP-bound: every call then sends `Authorization: DPoP` and a new proof; absent, calls send `Bearer`.
   */
  dpopProof?(url: string, method: HttpMethod, accessToken: string, nonce?: string): Promise<string | undefined>;
}

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

/** A 401 that asks for the server's nonce in the proof (RFC 9449 section 9); the nonce came with it. */
const wantsNonce = (response: Response) =>
  response.status === 401 && /error="use_dpop_nonce"/.test(response.headers.get("WWW-Authenticate") ?? "");

/**
 * Calls the API with `Authorization: DPoP` and a fresh proof per request when the token source signs proofs, else with
 * `Authorization: Bearer`. A 401 asking for a DPoP nonce is retried once with the nonce. Any other 401 means the
 * token expired or was refused: renew once and retry; if that fails too, the session is over and the caller gets a
 * SessionEndedError.
 */
export function createApiRequester(baseUrl: string, tokens: TokenSource, fetchFn: typeof fetch = fetch): ApiRequester {
  // The API's latest DPoP-Nonce, shared by all calls: proofs must carry it once the API asks for nonces.
  let nonce: string | undefined;

  const authorization = async (
    method: HttpMethod,
    url: string,
    token: string | undefined,
  ): Promise<Record<string, string>> => {
    if (!token) return {};
    // A proof names the URL without query and fragment (htu), whatever the call adds to it.
    // The proof's ath is the hash of the token this call sends: right after a renewal that is the new one.
    const proof = tokens.dpopProof ? await tokens.dpopProof(url.split(/[?#]/)[0], method, token, nonce) : undefined;
    return proof ? { Authorization: `DPoP ${token}`, DPoP: proof } : { Authorization: `Bearer ${token}` };
  };

  const sendOnce = async (method: HttpMethod, path: string, token: string | undefined, body: unknown) => {
    const url = `${baseUrl}${path}`;
    const response = await fetchFn(url, {
      method,
      headers: {
        Accept: "application/json, application/problem+json",
        ...(await authorization(method, url, token)),
        ...(body === undefined ? {} : { "Content-Type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    nonce = response.headers.get("DPoP-Nonce") ?? nonce;
    return response;
  };

  const send = async (method: HttpMethod, path: string, token: string | undefined, body: unknown) => {
    const response = await sendOnce(method, path, token, body);
    return wantsNonce(response) && nonce ? sendOnce(method, path, token, body) : response;
  };

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
