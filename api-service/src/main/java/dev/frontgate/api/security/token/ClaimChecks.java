package dev.frontgate.api.security.token;

import com.nimbusds.jwt.JWTClaimsSet;

import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

/** The claim checks of an access token, run once its signature is known to be good. */
final class ClaimChecks {

    /**
     * Keycloak marks access tokens "Bearer", or "DPoP" when bound to a DPoP key; its ID tokens say "ID" and refresh
     * tokens "Refresh".
     */
    static final Set<String> ACCESS_TOKEN_TYPES = Set.of("Bearer", "DPoP");

    private final TokenConfiguration configuration;
    private final Instant now;

    ClaimChecks(TokenConfiguration configuration, Instant now) {
        this.configuration = configuration;
        this.now = now;
    }

    void check(JWTClaimsSet claims) throws InvalidTokenException {
        String type = string(claims, "typ");
        require(type != null && ACCESS_TOKEN_TYPES.contains(type), FailedCheck.TYPE, "token is not an access token");
        require(configuration.issuer().equals(string(claims, "iss")), FailedCheck.ISSUER, "issuer is not trusted");
        require(audience(claims).contains(configuration.audience()), FailedCheck.AUDIENCE,
                "audience does not include this service");
        String client = string(claims, "azp");
        require(client != null && configuration.allowedClients().contains(client), FailedCheck.AZP,
                "client is not allowed");
        String subject = string(claims, "sub");
        require(subject != null && !subject.isBlank(), FailedCheck.SUBJECT, "token has no subject");
        checkTimes(claims);
        string(claims, "scope");
        stringList(claims, "groups");
    }

    /** Also run on every cache hit: a remembered token expires like any other. */
    void checkTimes(JWTClaimsSet claims) throws InvalidTokenException {
        Instant expires = instant(claims, "exp");
        require(expires != null, FailedCheck.EXPIRED, "token has no expiry");
        require(now.isBefore(expires.plus(configuration.clockSkew())), FailedCheck.EXPIRED, "token has expired");
        Instant notBefore = instant(claims, "nbf");
        require(notBefore == null || !now.isBefore(notBefore.minus(configuration.clockSkew())),
                FailedCheck.NOT_YET_VALID, "token is not valid yet");
        Instant issuedAt = instant(claims, "iat");
        require(issuedAt == null || !now.isBefore(issuedAt.minus(configuration.clockSkew())),
                FailedCheck.NOT_YET_VALID, "token is issued in the future");
    }

    private static void require(boolean condition, FailedCheck check, String description) throws InvalidTokenException {
        if (!condition) {
            throw new InvalidTokenException(check, description);
        }
    }

    private static String string(JWTClaimsSet claims, String name) throws InvalidTokenException {
        try {
            return claims.getStringClaim(name);
        } catch (ParseException e) {
            throw malformed(name);
        }
    }

    private static void stringList(JWTClaimsSet claims, String name) throws InvalidTokenException {
        try {
            claims.getStringListClaim(name);
        } catch (ParseException e) {
            throw malformed(name);
        }
    }

    private static List<String> audience(JWTClaimsSet claims) throws InvalidTokenException {
        Object aud = claims.getClaim("aud");
        if (aud != null && !(aud instanceof String) && !(aud instanceof List<?> list
                && list.stream().allMatch(String.class::isInstance))) {
            throw malformed("aud");
        }
        return claims.getAudience();
    }

    private static Instant instant(JWTClaimsSet claims, String name) throws InvalidTokenException {
        try {
            Date date = claims.getDateClaim(name);
            return date == null ? null : date.toInstant();
        } catch (ParseException e) {
            throw malformed(name);
        }
    }

    private static InvalidTokenException malformed(String claim) {
        return new InvalidTokenException(FailedCheck.MALFORMED, "claim " + claim + " is malformed");
    }
}
