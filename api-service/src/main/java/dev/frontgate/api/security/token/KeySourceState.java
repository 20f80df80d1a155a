package dev.frontgate.api.security.token;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * What the service knows about its signing keys, for the health endpoint.
 *
 * @param degraded  true while no keys were ever fetched or the last fetch failed: known keys still work
 * @param keyCount  keys in use
 * @param fetchedAt when the keys in use were fetched; null before the first good fetch
 * @param failures  failed fetches in a row
 */
public record KeySourceState(boolean degraded, int keyCount, @Nullable Instant fetchedAt, int failures) {
}
