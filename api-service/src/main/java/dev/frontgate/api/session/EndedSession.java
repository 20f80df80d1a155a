package dev.frontgate.api.session;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A session Keycloak ended, as stored for every replica.
 *
 * @param sid       the ended session; null for a logout of every session of {@code sub}
 * @param sub       the user; with no {@code sid}, tokens of this user issued up to {@code endedAt} are ended
 * @param keepUntil when the last access token this logout can concern has expired, and the row may go
 */
@MappedEntity("ended_session")
record EndedSession(
        @Id @GeneratedValue @Nullable Long id,
        @Nullable String sid,
        @Nullable String sub,
        Instant endedAt,
        Instant keepUntil) {
}
