import { useAuth } from "react-oidc-context";
import { forgetEditState, writeWasAsked } from "../auth/editIntent";

interface Props {
  reason: string | null;
  error: Error | undefined;
}

/** Shown when nobody is signed in, after sign-out, and when a session ended or a sign-in failed. */
export function SignInPage({ reason, error }: Props) {
  const auth = useAuth();
  const refusedWrite = error && writeWasAsked();

  return (
    <main className="sign-in">
      <h1>Frontgate notes</h1>
      <p>Your notes and the notes of your groups, protected by Keycloak and scoped API access.</p>
      {reason && <p role="status">{reason}</p>}
      {error && (
        <p role="alert" className="error">
          {refusedWrite ? "missing scope: write — " : ""}Sign-in did not complete: {error.message}
        </p>
      )}
      <button
        onClick={() => {
          forgetEditState();
          void auth.signinRedirect();
        }}
      >
        Sign in
      </button>
    </main>
  );
}
