package dev.frontgate.api.session;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.frontgate.api.support.TokenForge;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;

/**
 * Bad variants of a real logout token Keycloak signed, each aimed at another, live session: were one accepted, that
 * session's tokens would be refused.
 *
 * @param real      a logout token Keycloak sent
 * @param targetSid the session the variants try to end instead
 */
record TamperedLogoutTokens(String real, String targetSid) {

    /** Keycloak's signature kept over a payload naming the target session and another audience. */
    String forAnotherAudience() {
        String[] parts = real.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"react-frontend\"", "\"another-app\"")
                .replace(sidOf(real), targetSid);
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    /** Keycloak's key id and claims, for the target session, signed by a key of the attacker's. */
    String signedByAnotherKey() throws ParseException {
        SignedJWT jwt = SignedJWT.parse(real);
        return new TokenForge(jwt.getHeader().getKeyID()).sign(retargeted());
    }

    /** The claims, for the target session, with {@code alg: none}. */
    String unsigned() throws ParseException {
        return new PlainJWT(retargeted()).serialize();
    }

    private JWTClaimsSet retargeted() throws ParseException {
        return new JWTClaimsSet.Builder(SignedJWT.parse(real).getJWTClaimsSet()).claim("sid", targetSid).build();
    }

    private static String sidOf(String token) {
        try {
            return SignedJWT.parse(token).getJWTClaimsSet().getStringClaim("sid");
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
