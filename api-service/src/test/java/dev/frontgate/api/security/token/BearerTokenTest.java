package dev.frontgate.api.security.token;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Which Authorization headers carry a bearer token, and which token. */
class BearerTokenTest {

    @Test
    void schemeIsMatchedInAnyCase() {
        assertEquals("abc.def.ghi", BearerAuthenticationFetcher.bearerToken("Bearer abc.def.ghi"));
        assertEquals("abc.def.ghi", BearerAuthenticationFetcher.bearerToken("bEARER abc.def.ghi"));
    }

    @Test
    void otherSchemesAndNoHeaderCarryNoToken() {
        assertNull(BearerAuthenticationFetcher.bearerToken(null));
        assertNull(BearerAuthenticationFetcher.bearerToken("Basic YWxpY2U6YWxpY2UtZGVtbw=="));
        assertNull(BearerAuthenticationFetcher.bearerToken("Bearer"));
        assertNull(BearerAuthenticationFetcher.bearerToken("Bearerabc"));
    }

    @Test
    void headersWithoutATokenAreNamed() {
        assertEquals("authorization scheme must be Bearer",
                BearerAuthenticationFetcher.whyNoToken("Basic YWxpY2U6eA=="));
        assertEquals("bearer token is empty", BearerAuthenticationFetcher.whyNoToken("Bearer"));
        assertEquals("bearer token is empty", BearerAuthenticationFetcher.whyNoToken("bearer   "));
    }

    @Test
    void restOfTheHeaderIsTheTokenAsSent() {
        assertEquals(" abc", BearerAuthenticationFetcher.bearerToken("Bearer  abc"));
        assertEquals("", BearerAuthenticationFetcher.bearerToken("Bearer "));
    }
}
