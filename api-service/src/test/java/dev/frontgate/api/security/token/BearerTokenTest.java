package dev.frontgate.api.security.token;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which Authorization headers carry an access token, with which scheme, and which token. */
class BearerTokenTest {

    @Test
    void schemesAreMatchedInAnyCase() {
        assertThat(Credentials.parse("Bearer abc.def.ghi")).isEqualTo(new Credentials("Bearer", "abc.def.ghi"));
        assertThat(Credentials.parse("bEARER abc.def.ghi")).isEqualTo(new Credentials("Bearer", "abc.def.ghi"));
        assertThat(Credentials.parse("DPoP abc.def.ghi")).isEqualTo(new Credentials("DPoP", "abc.def.ghi"));
        assertThat(Credentials.parse("dpop abc.def.ghi")).isEqualTo(new Credentials("DPoP", "abc.def.ghi"));
    }

    @Test
    void otherSchemesAndNoHeaderCarryNoToken() {
        assertThat(Credentials.parse(null)).isNull();
        assertThat(Credentials.parse("Basic YWxpY2U6YWxpY2UtZGVtbw==")).isNull();
        assertThat(Credentials.parse("Bearer")).isNull();
        assertThat(Credentials.parse("Bearerabc")).isNull();
        assertThat(Credentials.parse("DPoPabc")).isNull();
    }

    @Test
    void headersWithoutATokenAreNamed() {
        assertThat(Credentials.whyNoToken("Basic YWxpY2U6eA==").getMessage())
                .isEqualTo("authorization scheme must be Bearer or DPoP");
        assertThat(Credentials.whyNoToken("Bearer").getMessage()).isEqualTo("access token is empty");
        assertThat(Credentials.whyNoToken("bearer   ").getMessage()).isEqualTo("access token is empty");
        assertThat(Credentials.whyNoToken("DPoP").getMessage()).isEqualTo("access token is empty");
        assertThat(Credentials.whyNoToken("Bearer").check()).isEqualTo(FailedCheck.SCHEME);
    }

    @Test
    void restOfTheHeaderIsTheTokenAsSent() {
        assertThat(Credentials.parse("Bearer  abc").token()).isEqualTo(" abc");
        assertThat(Credentials.parse("Bearer ").token()).isEmpty();
    }
}
