/** Where the app finds Keycloak and the API. Defaults are the local stack's (`./frontgate up`, frontgate.env). */
export interface AppConfig {
  keycloakUrl: string;
  realm: string;
  clientId: string;
  apiUrl: string;
}

type EnvSource = Partial<Record<"VITE_KEYCLOAK_URL" | "VITE_REALM" | "VITE_CLIENT_ID" | "VITE_API_URL", string>>;

const withoutTrailingSlash = (url: string) => url.replace(/\/+$/, "");

/** The environment's values, else the local stack's (frontgate.env, put in by vite.config.ts). */
export function readConfig(env: EnvSource, defaults: AppConfig = __STACK_DEFAULTS__): AppConfig {
  return {
    keycloakUrl: withoutTrailingSlash(env.VITE_KEYCLOAK_URL || defaults.keycloakUrl),
    realm: env.VITE_REALM || defaults.realm,
    clientId: env.VITE_CLIENT_ID || defaults.clientId,
    apiUrl: withoutTrailingSlash(env.VITE_API_URL || defaults.apiUrl),
  };
}

/** The OpenID Connect issuer; oidc-client-ts reads its discovery document. */
export const authorityOf = (config: AppConfig) => `${config.keycloakUrl}/realms/${config.realm}`;

export const appConfig: AppConfig = readConfig(import.meta.env);
