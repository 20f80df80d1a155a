package dev.frontgate.api.session;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.frontgate.api.security.token.FailedCheck;
import dev.frontgate.api.security.token.InvalidTokenException;
import dev.frontgate.api.security.token.SignedTokens;
import dev.frontgate.api.security.token.SigningKeys;
import dev.frontgate.api.security.token.TokenConfiguration;
import jakarta.inject.Singleton;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

/**
 * Validates a logout token as OIDC Back-Channel Logout 1.0 section 2.6 says, with the realm keys and the issuer the
 * access tokens are checked against. The {@code jti} replay check needs the shared table and is made when the logout
 * is recorded. Every refusal names the failed check.
 */
@Singleton
final class LogoutTokenVerifier {

    static final String BACKCHANNEL_LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";
    /** Keycloak's logout tokens are well under 2 KiB. */
    static final int MAX_TOKEN_LENGTH = 8192;

    private final TokenConfiguration token;
    private final SessionConfiguration settings;
    private final SignedTokens signedTokens;
    private final Clock clock;

    LogoutTokenVerifier(TokenConfiguration token, SessionConfiguration settings, SigningKeys signingKeys,
                        Clock clock) {
        this.token = token;
        this.settings = settings;
        this.signedTokens = new SignedTokens(signingKeys, token.algorithms());
        this.clock = clock;
    }

    LogoutToken verify(String logoutToken) throws InvalidTokenException {
        require(logoutToken != null && !logoutToken.isBlank(), "logout_token is missing");
        require(logoutToken.length() <= MAX_TOKEN_LENGTH, "logout token is too long");
        JWTClaimsSet claims = signedTokens.verify(logoutToken).claims();
        require(token.issuer().equals(string(claims, "iss")), "issuer is not trusted");
        require(claims.getAudience().stream().anyMatch(token.allowedClients()::contains),
                "audience is not an allowed client");
        Instant issuedAt = checkTimes(claims);
        require(claims.getClaim("nonce") == null, "logout token must not contain a nonce");
        require(hasLogoutEvent(claims), "events claim lacks the back-channel logout event");
        String sid = string(claims, "sid");
        String sub = string(claims, "sub");
        require(sid != null || sub != null, "logout token names neither sid nor sub");
        String jti = string(claims, "jti");
        require(jti != null && !jti.isBlank(), "logout token has no jti");
        return new LogoutToken(sid, sub, jti, issuedAt);
    }

    private Instant checkTimes(JWTClaimsSet claims) throws InvalidTokenException {
        Instant now = clock.instant();
        Instant issuedAt = instant(claims, "iat");
        require(issuedAt != null, "logout token has no iat");
        require(!now.isBefore(issuedAt.minus(token.clockSkew())), "logout token is issued in the future");
        require(!now.isAfter(issuedAt.plus(settings.logoutTokenMaxAge()).plus(token.clockSkew())),
                "logout token is too old");
        Instant expires = instant(claims, "exp");
        require(expires == null || now.isBefore(expires.plus(token.clockSkew())), "logout token has expired");
        return issuedAt;
    }

    private static boolean hasLogoutEvent(JWTClaimsSet claims) {
        return claims.getClaim("events") instanceof Map<?, ?> events
                && events.get(BACKCHANNEL_LOGOUT_EVENT) instanceof Map<?, ?>;
    }

    private static void require(boolean condition, String check) throws InvalidTokenException {
        if (!condition) {
            throw new InvalidTokenException(FailedCheck.LOGOUT_TOKEN, check);
        }
    }

    private static String string(JWTClaimsSet claims, String name) throws InvalidTokenException {
        try {
            return claims.getStringClaim(name);
        } catch (ParseException e) {
            throw new InvalidTokenException(FailedCheck.LOGOUT_TOKEN, "claim " + name + " is malformed");
        }
    }

    private static Instant instant(JWTClaimsSet claims, String name) throws InvalidTokenException {
        try {
            Date date = claims.getDateClaim(name);
            return date == null ? null : date.toInstant();
        } catch (ParseException e) {
            throw new InvalidTokenException(FailedCheck.LOGOUT_TOKEN, "claim " + name + " is malformed");
        }
    }
}
