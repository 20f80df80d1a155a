package dev.frontgate.api.security;

import dev.frontgate.api.support.ForgedTokenTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A token served from the verified-token cache still meets each endpoint's scope rule afresh. */
@MicronautTest
class CachedTokenScopeTest extends ForgedTokenTest {

    @Test
    void rememberedReadTokenStillCanNotWrite() {
        String readOnly = token("openid read");
        for (int request = 0; request < 3; request++) {
            assertEquals(200, api().get("/api/notes", readOnly).statusCode());
            HttpResponse<String> write = api().send("POST", "/api/notes", readOnly, "{\"title\":\"t\",\"body\":\"b\"}");
            assertEquals(403, write.statusCode());
            assertEquals("Bearer realm=\"frontgate\", error=\"insufficient_scope\", scope=\"write\"",
                    write.headers().firstValue("WWW-Authenticate").orElseThrow());
        }
    }
}
