package dev.frontgate.api.security.token;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.frontgate.api.security.Caller;

/**
 * An access token that passed every check: its claims, and the caller built from them once, so that a remembered
 * token costs no claim conversion either.
 */
public record VerifiedToken(JWTClaimsSet claims, Caller caller) {

    static VerifiedToken of(JWTClaimsSet claims) {
        return new VerifiedToken(claims, Caller.of(claims.toJSONObject()));
    }
}
