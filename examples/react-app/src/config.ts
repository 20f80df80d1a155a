/** Where the app finds Keycloak and the API. Defaults match the local stack (`./frontgate up`). */
export interface AppConfig {
  keycloakUrl: string;
  realm: string;
  clientId: string;
  apiUrl: string;
}

type EnvSource = Partial<Record<"VITE_KEYCLOAK_URL" | "VITE_REALM" | "VITE_CLIENT_ID" | "VITE_API_URL", string>>;

const withoutTrailingSlash = (url: string) => url.replace(/\/+$/, "");

export function readConfig(env: EnvSource): AppConfig {
  return {
    keycloakUrl: withoutTrailingSlash(env.VITE_KEYCLOAK_URL || "http://localhost:8180"),
    realm: env.VITE_REALM || "frontgate",
    clientId: env.VITE_CLIENT_ID || "react-frontend",
    apiUrl: withoutTrailingSlash(env.VITE_API_URL || "http://localhost:8280"),
  };
}

/** The OpenID Connect issuer; oidc-client-ts reads its discovery document. */
export const authorityOf = (config: AppConfig) => `${config.keycloakUrl}/realms/${config.realm}`;

export const appConfig: AppConfig = readConfig(import.meta.env);
