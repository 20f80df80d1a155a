import { describe, expect, it } from "vitest";
import { authorityOf, readConfig } from "./config";

describe("readConfig", () => {
  it("defaults to the local stack", () => {
    expect(readConfig({})).toEqual({
      keycloakUrl: "http://localhost:8180",
      realm: "frontgate",
      clientId: "react-frontend",
      apiUrl: "http://localhost:8280",
    });
  });

  it("takes the environment and drops trailing slashes", () => {
    const config = readConfig({
      VITE_KEYCLOAK_URL: "https://id.test/",
      VITE_REALM: "r",
      VITE_API_URL: "https://api.test//",
    });
    expect(authorityOf(config)).toBe("https://id.test/realms/r");
    expect(config.apiUrl).toBe("https://api.test");
  });
});
