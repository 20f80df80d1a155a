package dev.frontgate.keycloak.clientpolicy.guard;

import dev.frontgate.keycloak.clientpolicy.guard.AuthorizationRequestRules.Refusal;
import org.junit.jupiter.api.Test;
import org.keycloak.OAuthErrorException;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorizationRequestRulesTest {

    private static final GuardSettings GUARD = GuardSettings.parse(
            Map.of(GuardSettings.ALLOWED_SCOPES, List.of("openid", "read", "write", "groups")));
    private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    private static Refusal refusal(String method, String challenge, String scope) {
        return AuthorizationRequestRules.firstViolation(method, challenge, scope, GUARD).orElseThrow();
    }

    @Test
    void aRequestWithS256AndAllowedScopesPasses() {
        assertThat(AuthorizationRequestRules.firstViolation("S256", CHALLENGE, "openid read  groups", GUARD)).isEmpty();
        assertThat(AuthorizationRequestRules.firstViolation("S256", CHALLENGE, null, GUARD)).isEmpty();
    }

    @Test
    void aRequestWithoutPkceIsInvalid() {
        Refusal refusal = refusal(null, null, "openid");

        assertThat(refusal.error()).isEqualTo(OAuthErrorException.INVALID_REQUEST);
        assertThat(refusal.description()).contains("rule 'pkce-s256'").contains("code_challenge_method is missing");
    }

    @Test
    void plainPkceIsInvalid() {
        assertThat(refusal("plain", CHALLENGE, "openid").description()).contains("rule 'pkce-s256'").contains("'plain'");
    }

    @Test
    void aMethodWithoutChallengeIsInvalid() {
        assertThat(refusal("S256", " ", "openid").description()).contains("code_challenge is missing");
    }

    @Test
    void aScopeOutsideTheAllowedScopesIsInvalidScopeNamingIt() {
        Refusal refusal = refusal("S256", CHALLENGE, "openid read delete");

        assertThat(refusal.error()).isEqualTo(OAuthErrorException.INVALID_SCOPE);
        assertThat(refusal.description()).contains("rule 'allowed-scopes'").contains("scope 'delete'");
    }
}
