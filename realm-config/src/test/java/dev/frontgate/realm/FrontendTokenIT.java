package dev.frontgate.realm;

import dev.frontgate.testing.keycloak.KeycloakServer;
import dev.frontgate.testing.keycloak.Tokens;
import dev.frontgate.testing.keycloak.WithKeycloak;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the realm export puts into the tokens of react-frontend, through the real PKCE flow. */
@WithKeycloak
class FrontendTokenIT {

    @Test
    void aliceReadTokenCarriesSubjectAudienceClientScopesAndFullGroupPaths(KeycloakServer keycloak) {
        Tokens tokens = keycloak.pkce().login("alice", "openid read groups");
        Map<String, Object> claims = tokens.claims();

        assertThat(claims.get("sub")).asString().isNotBlank();
        assertThat(claims.get("iss")).isEqualTo(keycloak.issuer());
        assertThat(audienceOf(claims)).contains("api-service");
        assertThat(claims.get("azp")).isEqualTo("react-frontend");
        assertThat(claims.get("typ")).as("DPoP-bound").isEqualTo("DPoP");
        assertThat(claims.get("cnf")).isEqualTo(Map.of("jkt", tokens.dpopKey().thumbprint()));
        assertThat(Tokens.scopesOf(claims.get("scope"))).contains("openid", "read", "groups")
                .doesNotContain("write");
        assertThat(claims.get("groups")).isEqualTo(List.of("/editors", "/team-a"));
        assertThat(claims.get("preferred_username")).isEqualTo("alice");
    }

    @Test
    void accessTokensLiveFiveMinutes(KeycloakServer keycloak) {
        Map<String, Object> claims = keycloak.pkce().login("carol", "openid read").claims();
        long lifetime = ((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue();
        assertThat(lifetime).isEqualTo(300);
    }

    @Test
    void tokensWithoutReadOrWriteAreNotForTheApi(KeycloakServer keycloak) {
        Map<String, Object> claims = keycloak.pkce().login("bob", "openid groups").claims();
        assertThat(audienceOf(claims)).doesNotContain("api-service");
        assertThat(claims.get("groups")).isEqualTo(List.of("/team-a"));
    }

    @Test
    void onlyEditorsAreIssuedWrite(KeycloakServer keycloak) {
        Map<String, Object> alice = keycloak.pkce().login("alice", "openid read write").claims();
        Map<String, Object> bob = keycloak.pkce().login("bob", "openid read write").claims();
        assertThat(Tokens.scopesOf(alice.get("scope"))).contains("write");
        assertThat(Tokens.scopesOf(bob.get("scope"))).contains("read").doesNotContain("write");
    }

    @Test
    void idAndRefreshTokensAreTypedSoTheApiCanRefuseThem(KeycloakServer keycloak) {
        Tokens tokens = keycloak.pkce().login("carol", "openid read");
        assertThat(Tokens.claimsOf(tokens.idToken()).get("typ")).isEqualTo("ID");
        assertThat(Tokens.claimsOf(tokens.refreshToken()).get("typ")).isEqualTo("Refresh");
    }

    static List<String> audienceOf(Map<String, Object> claims) {
        Object aud = claims.get("aud");
        if (aud instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return aud == null ? List.of() : List.of(String.valueOf(aud));
    }
}
