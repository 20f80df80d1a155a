package dev.frontgate.api.session;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.frontgate.api.support.TokenForge;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Keycloak-shaped back-channel logout tokens, for tests that sign them with a key of their own. */
final class LogoutTokens {

    static final String USER = "5d4a3b2c-0000-4000-8000-000000000001";

    private LogoutTokens() {
    }

    /** What Keycloak sends to {@code react-frontend} when session {@code sid} of {@link #USER} ends, issued now. */
    static JWTClaimsSet.Builder claims(String issuer, String sid) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(USER)
                .audience(List.of("react-frontend"))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(120)))
                .jwtID(UUID.randomUUID().toString())
                .claim("typ", "Logout")
                .claim("events", Map.of(LogoutTokenVerifier.BACKCHANNEL_LOGOUT_EVENT, Map.of()));
        return sid == null ? claims : claims.claim("sid", sid);
    }

    static String form(String logoutToken) {
        return "logout_token=" + logoutToken;
    }

    static String sign(TokenForge forge, JWTClaimsSet claims) {
        return forge.sign(claims, header -> header.type(new JOSEObjectType("logout+jwt")));
    }
}
