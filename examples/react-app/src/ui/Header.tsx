import { useAuth } from "react-oidc-context";
import { forgetEditState } from "../auth/editIntent";

interface Props {
  username: string | undefined;
  granted: Set<string>;
}

export function Header({ username, granted }: Props) {
  const auth = useAuth();
  const signOut = () => {
    forgetEditState();
    // Ends the Keycloak session too (RP-initiated logout), not only the tokens in this tab.
    void auth.signoutRedirect({ id_token_hint: auth.user?.id_token });
  };

  return (
    <header>
      <h1>Frontgate notes</h1>
      <p>
        Signed in as <strong data-testid="username">{username ?? "…"}</strong> · scopes:{" "}
        <span data-testid="scopes">
          {[...granted]
            .filter((s) => s !== "openid")
            .sort()
            .join(" ")}
        </span>
      </p>
      <button onClick={signOut}>Sign out</button>
    </header>
  );
}
