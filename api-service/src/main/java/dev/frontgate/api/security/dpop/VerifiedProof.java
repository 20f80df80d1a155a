package dev.frontgate.api.security.dpop;

import java.time.Instant;

/** A proof whose signature, request binding and token binding were checked; only its {@code jti} is left. */
record VerifiedProof(String keyThumbprint, String jti, Instant issuedAt) {
}
