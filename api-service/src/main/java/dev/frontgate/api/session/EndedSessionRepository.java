package dev.frontgate.api.session;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface EndedSessionRepository extends CrudRepository<EndedSession, Long> {

    List<EndedSession> findByKeepUntilGreaterThan(Instant now);

    @Query("DELETE FROM ended_session WHERE keep_until <= :now")
    long deleteKeptUntil(Instant now);

    /**
     * Remembers a logout token's {@code jti}; 0 rows when it was seen before (by any replica). The same statement on
     * PostgreSQL and on H2 in PostgreSQL mode.
     */
    @Query("INSERT INTO used_logout_token (jti, keep_until) VALUES (:jti, :keepUntil) ON CONFLICT DO NOTHING")
    long rememberLogoutToken(String jti, Instant keepUntil);

    @Query("DELETE FROM used_logout_token WHERE keep_until <= :now")
    long deleteUsedLogoutTokensKeptUntil(Instant now);
}
