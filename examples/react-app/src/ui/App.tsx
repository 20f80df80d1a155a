import { useState } from "react";
import { useAuth } from "react-oidc-context";
import { forgetEditState } from "../auth/editIntent";
import { SignInPage } from "./SignInPage";
import { Workspace } from "./Workspace";

export function App() {
  const auth = useAuth();
  const [endedReason, setEndedReason] = useState<string | null>(null);

  if (auth.isLoading || auth.activeNavigator === "signinRedirect" || auth.activeNavigator === "signoutRedirect") {
    return <p className="status">Talking to the sign-in server…</p>;
  }
  if (!auth.isAuthenticated) {
    const reason = endedReason ?? (auth.user?.expired ? "Your session has expired. Please sign in again." : null);
    return <SignInPage reason={reason} error={auth.error} />;
  }
  return (
    <Workspace
      onSessionEnded={(reason) => {
        setEndedReason(reason);
        forgetEditState();
        void auth.removeUser();
      }}
    />
  );
}
