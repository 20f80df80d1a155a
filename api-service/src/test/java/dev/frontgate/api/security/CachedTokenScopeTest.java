package dev.frontgate.api.security;

import dev.frontgate.api.support.ForgedTokenTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** A token served from the verified-token cache still meets each endpoint's scope rule afresh. */
@MicronautTest
class CachedTokenScopeTest extends ForgedTokenTest {

    @Test
    void rememberedReadTokenStillCanNotWrite() {
        String readOnly = token("openid read");
        for (int request = 0; request < 3; request++) {
            assertThat(api().get("/api/notes", readOnly).statusCode()).isEqualTo(200);
            HttpResponse<String> write = api().send("POST", "/api/notes", readOnly, "{\"title\":\"t\",\"body\":\"b\"}");
            assertThat(write.statusCode()).isEqualTo(403);
            assertThat(write.headers().firstValue("WWW-Authenticate").orElseThrow())
                    .isEqualTo("DPoP algs=\"ES256 ES384 PS256 RS256\", error=\"insufficient_scope\", scope=\"write\"");
        }
    }
}
