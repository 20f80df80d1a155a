package dev.frontgate.api.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BearerChallengeTest {

    @Test
    void challengesFollowRfc6750() {
        assertThat(BearerChallenge.missingToken()).isEqualTo("Bearer realm=\"frontgate\"");
        assertThat(BearerChallenge.invalidToken("token has expired"))
                .isEqualTo("Bearer realm=\"frontgate\", error=\"invalid_token\","
                        + " error_description=\"token has expired\"");
        assertThat(BearerChallenge.insufficientScope(ScopeRequirement.allOf("write", "groups")))
                .isEqualTo("Bearer realm=\"frontgate\", error=\"insufficient_scope\", scope=\"write groups\"");
    }

    @Test
    void resourceMetadataIsAppendedAsAnAuthParameter() {
        assertThat(BearerChallenge.withResourceMetadata(BearerChallenge.missingToken(),
                "http://localhost:8280/.well-known/oauth-protected-resource"))
                .isEqualTo("Bearer realm=\"frontgate\", resource_metadata=\"http://localhost:8280/.well-known/"
                        + "oauth-protected-resource\"");
    }
}
