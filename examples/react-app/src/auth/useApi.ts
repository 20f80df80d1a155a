import { useMemo, useRef } from "react";
import { useAuth } from "react-oidc-context";
import { appConfig } from "../config";
import { createApiRequester } from "../api/http";
import { meApi } from "../api/meApi";
import { notesApi } from "../api/notesApi";
import { userManager } from "./userManager";

/**
 * The API clients, bound to the signed-in user's DPoP-bound access token and to oidc-client-ts for renewing it and
 * for signing a proof per call.
 */
export function useApi() {
  const auth = useAuth();
  const authRef = useRef(auth);
  authRef.current = auth;

  return useMemo(() => {
    const request = createApiRequester(appConfig.apiUrl, {
      accessToken: () => authRef.current.user?.access_token,
      // Renew only with the refresh token: without one there is no session left to renew silently.
      renew: async () =>
        authRef.current.user?.refresh_token ? (await authRef.current.signinSilent())?.access_token : undefined,
      dpopProof: async (url, method, nonce) => {
        const user = authRef.current.user;
        return user ? userManager.dpopProof(url, user, method, nonce) : undefined;
      },
    });
    return { notes: notesApi(request), me: meApi(request) };
  }, []);
}
