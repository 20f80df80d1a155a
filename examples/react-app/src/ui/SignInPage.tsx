import { useAuth } from "react-oidc-context";
import { forgetEditState, writeWasAsked } from "../auth/editIntent";

interface Props {
  reason: string | null;
  error: Error | undefined;
}

/**
 * Shown when nobody is signed in, after sign-out, and when a session ended or a sign-in failed. When Keycloak is set
 * to refuse `write` outright (instead of leaving it out of the token), the request for it fails here; the tokens of
 * the earlier sign-in are still in this tab, so the user can go back to browsing.
 */
export function SignInPage({ reason, error }: Props) {
  const auth = useAuth();
  const refusedWrite = error !== undefined && writeWasAsked();
  const explanation = refusedWrite
    ? `missing scope: write — Keycloak refused it: ${error.message}`
    : `Sign-in did not complete: ${error?.message}`;

  return (
    <main className="sign-in">
      <h1>Frontgate notes</h1>
      <p>Your notes and the notes of your groups, protected by Keycloak and scoped API access.</p>
      {reason && <p role="status">{reason}</p>}
      {error && (
        <p role="alert" className="error">
          {explanation}
        </p>
      )}
      <div className="toolbar">
        {refusedWrite && (
          <button onClick={() => window.location.replace(window.location.pathname)}>Back to your notes</button>
        )}
        <button
          onClick={() => {
            forgetEditState();
            void auth.signinRedirect();
          }}
        >
          Sign in
        </button>
      </div>
    </main>
  );
}
