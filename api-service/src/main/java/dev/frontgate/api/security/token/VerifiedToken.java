package dev.frontgate.api.security.token;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.frontgate.api.security.Caller;
import io.micronaut.security.authentication.Authentication;

/**
 * An access token that passed every check: its claims, and the Micronaut authentication built from them once, so
 * that a remembered token costs no claim conversion either.
 */
public record VerifiedToken(JWTClaimsSet claims, Authentication authentication) {

    static VerifiedToken of(JWTClaimsSet claims) {
        return new VerifiedToken(claims, Caller.authentication(claims.toJSONObject()));
    }
}
