package dev.frontgate.testing.keycloak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PkceFlowTest {

    @Test
    void challengeIsTheS256OfTheVerifierAsInRfc7636AppendixB() {
        assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
                PkceFlow.challengeOf("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    }

    @Test
    void verifiersAreFreshAndWithinTheRfcLengthLimits() {
        String first = PkceFlow.newVerifier();
        assertNotEquals(first, PkceFlow.newVerifier());
        assertTrue(first.length() >= 43 && first.length() <= 128, first);
        assertTrue(first.matches("[A-Za-z0-9_-]+"), first);
    }
}
