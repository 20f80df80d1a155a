/**
 * The API answers errors as RFC 7807 `application/problem+json`, and 401/403 also carry an RFC 6750
 * `WWW-Authenticate: Bearer …` header. This turns both into one error the UI can explain in plain words.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Scopes the endpoint requires (403 only), from `required_scopes` or the header's `scope=`. */
    readonly requiredScopes: string[] = [],
  ) {
    super(message);
    this.name = "ApiError";
  }
}

interface ProblemBody {
  title?: string;
  detail?: string;
  required_scopes?: unknown;
}

/** Parses `Bearer realm="frontgate", error="insufficient_scope", scope="write"` into its parameters. */
export function parseBearerChallenge(header: string | null): Record<string, string> {
  const params: Record<string, string> = {};
  if (!header) return params;
  for (const match of header.matchAll(/([a-zA-Z_]+)="([^"]*)"/g)) params[match[1]] = match[2];
  return params;
}

function requiredScopesOf(body: ProblemBody, challenge: Record<string, string>): string[] {
  if (Array.isArray(body.required_scopes)) return body.required_scopes.filter((s) => typeof s === "string");
  return (challenge.scope ?? "").split(" ").filter(Boolean);
}

async function problemBodyOf(response: Response): Promise<ProblemBody> {
  try {
    const body: unknown = await response.json();
    return body && typeof body === "object" ? (body as ProblemBody) : {};
  } catch {
    return {}; // not JSON (e.g. a proxy's HTML page): the status alone still explains enough
  }
}

export async function apiErrorFrom(response: Response): Promise<ApiError> {
  const body = await problemBodyOf(response);
  const challenge = parseBearerChallenge(response.headers.get("WWW-Authenticate"));
  const message =
    body.detail || body.title || challenge.error_description || `${response.status} ${response.statusText}`.trim();
  return new ApiError(response.status, message, response.status === 403 ? requiredScopesOf(body, challenge) : []);
}

/**
 * What to tell the user. `granted` lets a 403 name only the scopes the token lacks; when the API lists scopes the
 * token seems to have, all of them are named rather than none.
 */
export function describeApiError(error: unknown, granted: Set<string> = new Set()): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  switch (error.status) {
    case 401:
      return "Your session has ended. Please sign in again.";
    case 403: {
      const missing = error.requiredScopes.filter((scope) => !granted.has(scope));
      const named = missing.length > 0 ? missing : error.requiredScopes;
      return named.length > 0 ? `missing scope: ${named.join(" ")}` : `Not allowed: ${error.message}`;
    }
    case 404:
      return "That note does not exist or is not visible to you.";
    case 409:
      return "Someone changed this note in the meantime. Reload it and apply your change again.";
    default:
      return error.message;
  }
}
