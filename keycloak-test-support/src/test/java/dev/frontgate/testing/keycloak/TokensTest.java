package dev.frontgate.testing.keycloak;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class TokensTest {

    @Test
    void parsesTheTokenResponseAndDecodesTheAccessTokenClaims() {
        String payload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"sub\":\"u1\",\"scope\":\"openid read\"}".getBytes(StandardCharsets.UTF_8));
        Tokens tokens = Tokens.fromJson("{\"access_token\":\"h." + payload + ".s\",\"id_token\":\"i\","
                + "\"refresh_token\":\"r\",\"scope\":\"openid read\",\"expires_in\":300}");
        assertThat(tokens.claims().get("sub")).isEqualTo("u1");
        assertThat(tokens.scope()).isEqualTo("openid read");
        assertThat(tokens.expiresIn()).isEqualTo(300);
    }
}
