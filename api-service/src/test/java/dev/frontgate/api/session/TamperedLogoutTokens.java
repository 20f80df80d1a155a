package dev.frontgate.api.session;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.frontgate.api.support.TokenForge;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;

/** Bad variants of a real logout token Keycloak signed. */
final class TamperedLogoutTokens {

    private TamperedLogoutTokens() {
    }

    /** Keycloak's signature kept over a payload whose audience now names another client. */
    static String forAnotherAudience(String real) {
        String[] parts = real.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"react-frontend\"", "\"another-app\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    /** The same claims and key id, signed by a key of the attacker's. */
    static String signedByAnotherKey(String real) throws ParseException {
        SignedJWT jwt = SignedJWT.parse(real);
        return new TokenForge(jwt.getHeader().getKeyID()).sign(jwt.getJWTClaimsSet());
    }

    /** The same claims with {@code alg: none}. */
    static String unsigned(String real) throws ParseException {
        JWTClaimsSet claims = SignedJWT.parse(real).getJWTClaimsSet();
        return new PlainJWT(claims).serialize();
    }
}
