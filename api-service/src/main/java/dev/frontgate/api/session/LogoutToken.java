package dev.frontgate.api.session;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * A verified OIDC back-channel logout token: what ended, and the id that makes it usable once.
 *
 * @param sid      the ended session, or null when every session of {@code sub} ended
 * @param sub      the user, or null when only {@code sid} is given
 * @param jti      the token's unique id
 * @param issuedAt {@code iat}
 */
record LogoutToken(@Nullable String sid, @Nullable String sub, String jti, Instant issuedAt) {
}
