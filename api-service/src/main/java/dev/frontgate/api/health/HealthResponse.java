package dev.frontgate.api.health;

import dev.frontgate.api.security.token.KeySourceState;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * {@code status} is the service's own (always UP when it answers); {@code keys} is Keycloak's signing keys as seen
 * from here: UP, or DEGRADED while they can not be fetched.
 *
 * @param keyCount        signing keys in use
 * @param keysFetchedAt   when they were fetched; null when never
 * @param keyFetchFailures failed fetches in a row
 */
@Serdeable
record HealthResponse(String status, String keys, int keyCount, @Nullable Instant keysFetchedAt,
                      int keyFetchFailures) {

    static HealthResponse of(KeySourceState state) {
        return new HealthResponse("UP", state.degraded() ? "DEGRADED" : "UP", state.keyCount(), state.fetchedAt(),
                state.failures());
    }
}
