import { useCallback, useState } from "react";
import { useAuth } from "react-oidc-context";
import { forgetEditState } from "../auth/editIntent";
import { useRenewExpiredSession } from "../auth/useRenewExpiredSession";
import { SignInPage } from "./SignInPage";
import { Workspace } from "./Workspace";

export function App() {
  const auth = useAuth();
  const [endedReason, setEndedReason] = useState<string | null>(null);
  const renewingExpired = useRenewExpiredSession();
  const { removeUser } = auth;
  // Stable, so that the workspace does not reload its data whenever the auth state changes.
  const endSession = useCallback(
    (reason: string) => {
      setEndedReason(reason);
      forgetEditState();
      void removeUser();
    },
    [removeUser],
  );

  // isLoading is also true during a silent renewal; the workspace must stay mounted then, so that its requests
  // finish and report their outcome. Only a renewal of an already expired session has nothing to show yet.
  const initialising = auth.isLoading && !auth.activeNavigator;
  const renewingSignedOut = renewingExpired || (auth.activeNavigator === "signinSilent" && !auth.isAuthenticated);
  const redirecting = auth.activeNavigator === "signinRedirect" || auth.activeNavigator === "signoutRedirect";
  if (initialising || renewingSignedOut || redirecting) {
    return <p className="status">Talking to the sign-in server…</p>;
  }
  if (!auth.isAuthenticated) {
    const reason = endedReason ?? (auth.user?.expired ? "Your session has expired. Please sign in again." : null);
    // Failed silent renewals are explained by `reason`; only a failed interactive sign-in is an error to show.
    const signInError =
      auth.error?.source === "signinCallback" || auth.error?.source === "signinRedirect" ? auth.error : undefined;
    return <SignInPage reason={reason} error={signInError} />;
  }
  return <Workspace onSessionEnded={endSession} />;
}
