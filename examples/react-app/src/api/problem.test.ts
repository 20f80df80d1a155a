import { describe, expect, it } from "vitest";
import { ApiError, apiErrorFrom, describeApiError, parseBearerChallenge } from "./problem";

const problem = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/problem+json", ...headers },
  });

describe("parseBearerChallenge", () => {
  it("reads every quoted parameter of an RFC 6750 challenge", () => {
    expect(parseBearerChallenge('Bearer realm="frontgate", error="insufficient_scope", scope="read write"')).toEqual({
      realm: "frontgate",
      error: "insufficient_scope",
      scope: "read write",
    });
  });

  it("gives nothing for a missing header", () => {
    expect(parseBearerChallenge(null)).toEqual({});
  });
});

describe("apiErrorFrom", () => {
  it("takes the required scopes of a 403 from the problem body", async () => {
    const error = await apiErrorFrom(problem(403, { title: "Forbidden", required_scopes: ["write"] }));
    expect(error.status).toBe(403);
    expect(error.requiredScopes).toEqual(["write"]);
  });

  it("falls back to the scope= of the WWW-Authenticate header when the body has none", async () => {
    const response = problem(
      403,
      { title: "Forbidden" },
      {
        "WWW-Authenticate": 'Bearer realm="frontgate", error="insufficient_scope", scope="groups"',
      },
    );
    expect((await apiErrorFrom(response)).requiredScopes).toEqual(["groups"]);
  });

  it("prefers the problem's detail as message and survives a body that is not JSON", async () => {
    expect(
      (await apiErrorFrom(problem(400, { title: "Bad Request", detail: "title: must not be blank" }))).message,
    ).toBe("title: must not be blank");
    const html = new Response("<html>oops</html>", { status: 502, statusText: "Bad Gateway" });
    expect((await apiErrorFrom(html)).message).toBe("502 Bad Gateway");
  });
});

describe("describeApiError", () => {
  it("names the scope the token lacks", () => {
    const error = new ApiError(403, "Forbidden", ["read", "write"]);
    expect(describeApiError(error, new Set(["openid", "read", "groups"]))).toBe("missing scope: write");
  });

  it("names all required scopes when the token seems to hold them", () => {
    expect(describeApiError(new ApiError(403, "Forbidden", ["write"]), new Set(["write"]))).toBe(
      "missing scope: write",
    );
  });

  it("explains conflicts, unknown notes and ended sessions in plain words", () => {
    expect(describeApiError(new ApiError(409, "Conflict"))).toMatch(/changed this note/);
    expect(describeApiError(new ApiError(404, "Not Found"))).toMatch(/not visible to you/);
    expect(describeApiError(new ApiError(401, "invalid_token"))).toMatch(/sign in again/);
  });
});
