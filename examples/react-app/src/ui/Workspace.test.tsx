import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { AuthContextProps } from "react-oidc-context";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { rememberEditIntent } from "../auth/editIntent";
import { EDIT_SCOPES } from "../auth/scopes";
import { Workspace } from "./Workspace";

let auth: Partial<AuthContextProps>;
vi.mock("react-oidc-context", () => ({ useAuth: () => auth }));
// jsdom has no IndexedDB or WebCrypto keys: the DPoP proofs are the browser tests' part.
vi.mock("../auth/userManager", () => ({ userManager: { dpopProof: async () => "proof" } }));

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

/** A stand-in for the API: only what the workspace asks while it starts, and a 403 for writes. */
function stubApi() {
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string, init?: RequestInit) => {
      if (url.endsWith("/api/me")) return json(200, { sub: "b", preferred_username: "bob", groups: ["/team-a"] });
      if (url.endsWith("/api/me/groups")) return json(200, { groups: ["/team-a"] });
      if (init?.method === "POST") return json(403, { title: "Forbidden", required_scopes: ["write"] });
      return json(200, { items: [], page: 0, size: 20, total: 0 });
    }),
  );
}

const signedInWith = (scope: string): Partial<AuthContextProps> => ({
  user: { scope, access_token: "t", refresh_token: "r", profile: {} } as AuthContextProps["user"],
  signinRedirect: vi.fn().mockResolvedValue(undefined),
  signinSilent: vi.fn(),
});

describe("Workspace", () => {
  beforeEach(() => {
    sessionStorage.clear();
    stubApi();
  });
  afterEach(() => vi.unstubAllGlobals());

  it("shows the user's groups by name, not by path", async () => {
    auth = signedInWith("openid read groups");
    render(<Workspace onSessionEnded={vi.fn()} />);

    const groups = await screen.findByRole("region", { name: "Your groups" });
    expect(await within(groups).findByText("team-a")).toBeInTheDocument();
    expect(groups).not.toHaveTextContent("/team-a");
  });

  it("asks Keycloak for write when the user wants to create a note without it", async () => {
    auth = signedInWith("openid read groups");
    render(<Workspace onSessionEnded={vi.fn()} />);
    await screen.findByText("No notes yet.");

    await userEvent.click(screen.getByRole("button", { name: "New note" }));

    expect(auth.signinRedirect).toHaveBeenCalledWith({ scope: EDIT_SCOPES });
    expect(screen.queryByRole("form")).toBeNull();
  });

  it("opens the editor after Keycloak withheld write, and names the missing scope the API reports", async () => {
    rememberEditIntent({ kind: "create" });
    auth = signedInWith("openid read groups");
    render(<Workspace onSessionEnded={vi.fn()} />);

    const form = await screen.findByRole("form", { name: "New note" });
    expect(screen.getByRole("status")).toHaveTextContent(/did not grant you the write scope/);
    await userEvent.type(screen.getByLabelText("Title"), "Bob's note");
    await userEvent.click(screen.getByRole("button", { name: "Save" }));

    expect(await screen.findByRole("alert")).toHaveTextContent("missing scope: write");
    expect(form).toBeInTheDocument();
    expect(auth.signinRedirect).not.toHaveBeenCalled();
  });
});
