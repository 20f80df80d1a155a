import { describe, expect, it, vi } from "vitest";
import { createApiRequester, SessionEndedError } from "./http";
import { ApiError } from "./problem";

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
const unauthorized = () =>
  new Response(JSON.stringify({ title: "Unauthorized" }), {
    status: 401,
    headers: { "WWW-Authenticate": 'Bearer realm="frontgate", error="invalid_token"' },
  });

const bearerOf = (call: unknown[]) => (call[1] as RequestInit).headers as Record<string, string>;

describe("createApiRequester", () => {
  it("sends the access token and the JSON body", async () => {
    const fetchFn = vi.fn().mockResolvedValue(json(201, { id: "n1" }));
    const request = createApiRequester("http://api", { accessToken: () => "t1", renew: vi.fn() }, fetchFn);

    await expect(request("POST", "/api/notes", { title: "x" })).resolves.toEqual({ id: "n1" });
    expect(fetchFn.mock.calls[0][0]).toBe("http://api/api/notes");
    expect(bearerOf(fetchFn.mock.calls[0]).Authorization).toBe("Bearer t1");
    expect((fetchFn.mock.calls[0][1] as RequestInit).body).toBe('{"title":"x"}');
  });

  it("renews once on 401 and retries with the new token", async () => {
    const fetchFn = vi
      .fn()
      .mockResolvedValueOnce(unauthorized())
      .mockResolvedValueOnce(json(200, { ok: true }));
    const renew = vi.fn().mockResolvedValue("t2");
    const request = createApiRequester("http://api", { accessToken: () => "t1", renew }, fetchFn);

    await expect(request("GET", "/api/me")).resolves.toEqual({ ok: true });
    expect(renew).toHaveBeenCalledTimes(1);
    expect(bearerOf(fetchFn.mock.calls[1]).Authorization).toBe("Bearer t2");
  });

  it("shares one renewal between requests refused at the same time", async () => {
    const fetchFn = vi.fn(async (_url: string, init?: RequestInit) =>
      (init?.headers as Record<string, string>).Authorization === "Bearer t2" ? json(200, {}) : unauthorized(),
    );
    const renew = vi.fn(async () => "t2");
    const request = createApiRequester("http://api", { accessToken: () => "t1", renew }, fetchFn as typeof fetch);

    await Promise.all([request("GET", "/api/me"), request("GET", "/api/notes"), request("GET", "/api/me/groups")]);
    expect(renew).toHaveBeenCalledTimes(1);
  });

  it("reports an ended session when renewing fails", async () => {
    const fetchFn = vi.fn().mockResolvedValue(unauthorized());
    const renew = vi.fn().mockRejectedValue(new Error("Session not active"));
    const request = createApiRequester("http://api", { accessToken: () => "t1", renew }, fetchFn);

    await expect(request("GET", "/api/me")).rejects.toBeInstanceOf(SessionEndedError);
    expect(fetchFn).toHaveBeenCalledTimes(1);
  });

  it("does not ask for a renewal again once one failed", async () => {
    const fetchFn = vi.fn().mockImplementation(async () => unauthorized());
    const renew = vi.fn().mockRejectedValue(new Error("Session not active"));
    const request = createApiRequester("http://api", { accessToken: () => "t1", renew }, fetchFn);

    await expect(request("GET", "/api/me")).rejects.toBeInstanceOf(SessionEndedError);
    await expect(request("GET", "/api/notes")).rejects.toBeInstanceOf(SessionEndedError);
    expect(renew).toHaveBeenCalledTimes(1);
  });

  it("reports an ended session when the renewed token is refused too", async () => {
    const fetchFn = vi.fn().mockImplementation(async () => unauthorized());
    const request = createApiRequester("http://api", { accessToken: () => "t1", renew: async () => "t2" }, fetchFn);

    await expect(request("GET", "/api/me")).rejects.toBeInstanceOf(SessionEndedError);
    expect(fetchFn).toHaveBeenCalledTimes(2);
  });

  it("turns other failures into an ApiError without renewing", async () => {
    const fetchFn = vi.fn().mockResolvedValue(json(403, { required_scopes: ["write"] }));
    const renew = vi.fn();
    const request = createApiRequester("http://api", { accessToken: () => "t1", renew }, fetchFn);

    const error = await request("DELETE", "/api/notes/1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).requiredScopes).toEqual(["write"]);
    expect(renew).not.toHaveBeenCalled();
  });

  it("gives undefined for 204 No Content", async () => {
    const fetchFn = vi.fn().mockResolvedValue(new Response(null, { status: 204 }));
    const request = createApiRequester("http://api", { accessToken: () => "t", renew: vi.fn() }, fetchFn);
    await expect(request("DELETE", "/api/notes/1")).resolves.toBeUndefined();
  });
});
