package dev.frontgate.api.security;

import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;

class BearerChallengeTest {

    @Test
    void challengesFollowRfc6750() {
        assertEquals("Bearer realm=\"frontgate\"", BearerChallenge.missingToken());
        assertEquals("Bearer realm=\"frontgate\", error=\"invalid_token\", error_description=\"token has expired\"",
                BearerChallenge.invalidToken("token has expired"));
        assertEquals("Bearer realm=\"frontgate\", error=\"insufficient_scope\", scope=\"write groups\"",
                BearerChallenge.insufficientScope(ScopeRequirement.allOf("write", "groups")));
    }

    @Test
    void resourceMetadataIsAppendedAsAnAuthParameter() {
        assertEquals("Bearer realm=\"frontgate\", resource_metadata=\"http://localhost:8280/.well-known/"
                        + "oauth-protected-resource\"",
                BearerChallenge.withResourceMetadata(BearerChallenge.missingToken(),
                        "http://localhost:8280/.well-known/oauth-protected-resource"));
    }
}
