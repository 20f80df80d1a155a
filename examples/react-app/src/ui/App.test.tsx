import { render, screen } from "@testing-library/react";
import type { AuthContextProps } from "react-oidc-context";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { rememberEditIntent } from "../auth/editIntent";
import { App } from "./App";

let auth: Partial<AuthContextProps>;
vi.mock("react-oidc-context", () => ({ useAuth: () => auth }));
vi.mock("./Workspace", () => ({ Workspace: () => <p>workspace</p> }));

describe("App", () => {
  beforeEach(() => {
    auth = { isLoading: false, isAuthenticated: false };
    sessionStorage.clear();
  });

  it("offers sign-in to a visitor", () => {
    render(<App />);
    expect(screen.getByRole("button", { name: "Sign in" })).toBeInTheDocument();
  });

  it("waits while the stored session is being read", () => {
    auth = { isLoading: true, isAuthenticated: false };
    render(<App />);
    expect(screen.getByText(/Talking to the sign-in server/)).toBeInTheDocument();
  });

  it("keeps the workspace during a silent token renewal", () => {
    auth = { isLoading: true, isAuthenticated: true, activeNavigator: "signinSilent" };
    render(<App />);
    expect(screen.getByText("workspace")).toBeInTheDocument();
  });

  it("renews a session whose access token expired while the tab was away, once", () => {
    const signinSilent = vi.fn().mockResolvedValue(null);
    const expired = { expired: true, refresh_token: "r" } as AuthContextProps["user"];
    auth = { isLoading: false, isAuthenticated: false, user: expired, signinSilent };
    const { rerender } = render(<App />);
    rerender(<App />);

    expect(signinSilent).toHaveBeenCalledTimes(1);
    expect(screen.getByText(/Your session has expired/)).toBeInTheDocument();
  });

  it("shows a failed interactive sign-in, but not a failed silent renewal, as an error", () => {
    const failed = (source: string) => Object.assign(new Error(`${source} failed`), { source });
    auth = { isLoading: false, isAuthenticated: false, error: failed("signinCallback") as AuthContextProps["error"] };
    const { unmount } = render(<App />);
    expect(screen.getByRole("alert")).toHaveTextContent("signinCallback failed");
    unmount();

    auth = { isLoading: false, isAuthenticated: false, error: failed("signinSilent") as AuthContextProps["error"] };
    render(<App />);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("names the missing write scope when Keycloak refused the request for it, and offers the way back", () => {
    rememberEditIntent({ kind: "create" });
    const refused = Object.assign(new Error("scope 'write' requires realm role 'editor'"), {
      source: "signinCallback",
    });
    auth = { isLoading: false, isAuthenticated: false, error: refused as AuthContextProps["error"] };
    render(<App />);

    expect(screen.getByRole("alert")).toHaveTextContent(/^missing scope: write — Keycloak refused it: scope 'write'/);
    expect(screen.getByRole("button", { name: "Back to your notes" })).toBeInTheDocument();
  });
});
