package dev.frontgate.api.security.token;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which Authorization headers carry a bearer token, and which token. */
class BearerTokenTest {

    @Test
    void schemeIsMatchedInAnyCase() {
        assertThat(BearerAuthenticationFetcher.bearerToken("Bearer abc.def.ghi")).isEqualTo("abc.def.ghi");
        assertThat(BearerAuthenticationFetcher.bearerToken("bEARER abc.def.ghi")).isEqualTo("abc.def.ghi");
    }

    @Test
    void otherSchemesAndNoHeaderCarryNoToken() {
        assertThat(BearerAuthenticationFetcher.bearerToken(null)).isNull();
        assertThat(BearerAuthenticationFetcher.bearerToken("Basic YWxpY2U6YWxpY2UtZGVtbw==")).isNull();
        assertThat(BearerAuthenticationFetcher.bearerToken("Bearer")).isNull();
        assertThat(BearerAuthenticationFetcher.bearerToken("Bearerabc")).isNull();
    }

    @Test
    void headersWithoutATokenAreNamed() {
        assertThat(BearerAuthenticationFetcher.whyNoToken("Basic YWxpY2U6eA==").getMessage())
                .isEqualTo("authorization scheme must be Bearer");
        assertThat(BearerAuthenticationFetcher.whyNoToken("Bearer").getMessage()).isEqualTo("bearer token is empty");
        assertThat(BearerAuthenticationFetcher.whyNoToken("bearer   ").getMessage()).isEqualTo("bearer token is empty");
        assertThat(BearerAuthenticationFetcher.whyNoToken("Bearer").check()).isEqualTo(FailedCheck.SCHEME);
    }

    @Test
    void restOfTheHeaderIsTheTokenAsSent() {
        assertThat(BearerAuthenticationFetcher.bearerToken("Bearer  abc")).isEqualTo(" abc");
        assertThat(BearerAuthenticationFetcher.bearerToken("Bearer ")).isEqualTo("");
    }
}
