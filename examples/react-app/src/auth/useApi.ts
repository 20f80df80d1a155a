import { useMemo, useRef } from "react";
import type { User } from "oidc-client-ts";
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
      // The token to prove is the one being sent: the React state may still hold the one it replaced.
      dpopProof: async (url, method, accessToken, nonce) => {
        const user = authRef.current.user;
        if (!user) return undefined;
        return userManager.dpopProof(url, { ...user, access_token: accessToken } as User, method, nonce);
      },
    });
    return { notes: notesApi(request), me: meApi(request) };
  }, []);
}
