/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_KEYCLOAK_URL?: string;
  readonly VITE_REALM?: string;
  readonly VITE_CLIENT_ID?: string;
  readonly VITE_API_URL?: string;
}

/** The local stack's Keycloak, realm, client and API from frontgate.env (see vite.config.ts). */
declare const __STACK_DEFAULTS__: {
  keycloakUrl: string;
  realm: string;
  clientId: string;
  apiUrl: string;
};
