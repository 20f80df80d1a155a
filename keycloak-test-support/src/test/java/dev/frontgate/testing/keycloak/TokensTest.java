package dev.frontgate.testing.keycloak;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void parsesTheTokenResponseAndDecodesTheAccessTokenClaims() {
        String payload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"sub\":\"u1\",\"scope\":\"openid read\"}".getBytes(StandardCharsets.UTF_8));
        Tokens tokens = Tokens.fromJson("{\"access_token\":\"h." + payload + ".s\",\"id_token\":\"i\","
                + "\"refresh_token\":\"r\",\"scope\":\"openid read\",\"expires_in\":300}");
        assertEquals("u1", tokens.claims().get("sub"));
        assertEquals("openid read", tokens.scope());
        assertEquals(300, tokens.expiresIn());
    }
}
