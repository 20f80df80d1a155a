import { useEffect, useState } from "react";
import { useAuth } from "react-oidc-context";

/**
 * oidc-client-ts renews tokens before they expire, but not a token that expired while the tab was closed or asleep.
 * This tries the refresh token once in that case; if Keycloak's session is over too, the user stays signed out.
 * Returns true while that attempt is pending.
 */
export function useRenewExpiredSession(): boolean {
  const auth = useAuth();
  const [tried, setTried] = useState(false);
  const renewable = !auth.isLoading && !!auth.user?.expired && !!auth.user.refresh_token;

  useEffect(() => {
    if (renewable && !tried) {
      setTried(true);
      void auth.signinSilent();
    }
  }, [renewable, tried, auth]);

  return renewable && !tried;
}
