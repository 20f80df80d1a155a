package dev.frontgate.testing.keycloak;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PkceFlowTest {

    @Test
    void challengeIsTheS256OfTheVerifierAsInRfc7636AppendixB() {
        assertThat(PkceFlow.challengeOf("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
                .isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    @Test
    void verifiersAreFreshAndWithinTheRfcLengthLimits() {
        String first = PkceFlow.newVerifier();
        assertThat(PkceFlow.newVerifier()).isNotEqualTo(first);
        assertThat(first.length() >= 43 && first.length() <= 128).as(first).isTrue();
        assertThat(first.matches("[A-Za-z0-9_-]+")).as(first).isTrue();
    }
}
