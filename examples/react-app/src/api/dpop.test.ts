import { describe, expect, it, vi } from "vitest";
import { createApiRequester } from "./http";

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });
const headersOf = (call: unknown[]) => (call[1] as RequestInit).headers as Record<string, string>;

describe("createApiRequester with DPoP-bound tokens", () => {
  it("sends the DPoP scheme and a fresh proof for each call, naming the URL without its query", async () => {
    const fetchFn = vi.fn().mockImplementation(async () => json(200, {}));
    let proofs = 0;
    const dpopProof = vi.fn(async () => `proof-${++proofs}`);
    const request = createApiRequester("http://api", { accessToken: () => "t1", renew: vi.fn(), dpopProof }, fetchFn);

    await request("GET", "/api/notes?page=2");
    await request("GET", "/api/notes?page=2");

    expect(headersOf(fetchFn.mock.calls[0])).toMatchObject({ Authorization: "DPoP t1", DPoP: "proof-1" });
    expect(headersOf(fetchFn.mock.calls[1])).toMatchObject({ Authorization: "DPoP t1", DPoP: "proof-2" });
    expect(dpopProof).toHaveBeenCalledWith("http://api/api/notes", "GET", "t1", undefined);
  });

  it("retries once with the server's nonce when the API asks for one", async () => {
    const fetchFn = vi
      .fn()
      .mockResolvedValueOnce(
        json(
          401,
          { error: "use_dpop_nonce" },
          {
            "WWW-Authenticate": 'DPoP algs="ES256", error="use_dpop_nonce", error_description="proof has no nonce"',
            "DPoP-Nonce": "n1",
          },
        ),
      )
      .mockResolvedValueOnce(json(200, { ok: true }));
    const dpopProof = vi.fn(async () => "proof");
    const renew = vi.fn();
    const request = createApiRequester("http://api", { accessToken: () => "t1", renew, dpopProof }, fetchFn);

    await expect(request("POST", "/api/notes", { title: "x" })).resolves.toEqual({ ok: true });
    expect(dpopProof).toHaveBeenLastCalledWith("http://api/api/notes", "POST", "t1", "n1");
    expect(renew).not.toHaveBeenCalled();
  });

  it("signs nothing and sends no Authorization without a token", async () => {
    const fetchFn = vi.fn().mockResolvedValue(json(200, {}));
    const dpopProof = vi.fn(async () => "proof");
    const request = createApiRequester(
      "http://api",
      { accessToken: () => undefined, renew: vi.fn(), dpopProof },
      fetchFn,
    );

    await request("GET", "/health");

    expect(dpopProof).not.toHaveBeenCalled();
    expect(headersOf(fetchFn.mock.calls[0]).Authorization).toBeUndefined();
  });
});
