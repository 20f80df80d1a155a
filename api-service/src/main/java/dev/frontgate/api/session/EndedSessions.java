package dev.frontgate.api.session;

import dev.frontgate.api.security.token.FailedCheck;
import dev.frontgate.api.security.token.InvalidTokenException;
import dev.frontgate.api.security.token.VerifiedToken;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * The sessions Keycloak ended, as this replica sees them: loaded at start, then reloaded from the shared table every
 * {@link SessionConfiguration#refreshInterval()}, so a logout any replica received ends the session's tokens on every
 * replica within about that interval. A request only reads an immutable in-memory view.
 */
@Singleton
public final class EndedSessions {

    /** The {@code error_description} of a token whose session ended. */
    public static final String SESSION_ENDED = "the session has ended";

    private static final Logger LOG = LoggerFactory.getLogger(EndedSessions.class);

    private final EndedSessionRepository repository;
    private final Clock clock;
    private volatile EndedSessionView view = EndedSessionView.EMPTY;

    EndedSessions(EndedSessionRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Refuses a verified access token whose session (or, for a logout by {@code sub}, whose user) has ended. */
    public void check(VerifiedToken token) throws InvalidTokenException {
        EndedSessionView current = view;
        if (current.size() == 0) {
            return;
        }
        Date issuedAt = token.claims().getIssueTime();
        if (current.ends(token.claims().getClaim("sid"), token.claims().getClaim("sub"),
                issuedAt == null ? null : issuedAt.toInstant())) {
            throw new InvalidTokenException(FailedCheck.SESSION_ENDED, SESSION_ENDED);
        }
    }

    /** A logout this replica stored: it counts here at once, without waiting for the next reload. */
    synchronized void add(EndedSession row) {
        view = view.with(List.of(row));
    }

    @EventListener
    void onStartup(StartupEvent event) {
        reload();
    }

    /**
     * Replaces the view with the table's rows. Synchronized with {@link #add}, so a row added while a reload reads
     * the table is either read by it or added after it.
     */
    @Scheduled(fixedDelay = "${frontgate.session.refresh-interval}", initialDelay = "${frontgate.session.refresh-interval}")
    synchronized void reload() {
        try {
            view = EndedSessionView.of(repository.findByKeepUntilGreaterThan(clock.instant()));
        } catch (RuntimeException e) {
            LOG.warn("Ended sessions could not be reloaded; {} known ones stay in force: {}", view.size(), e.toString());
        }
    }

    /** Rows whose tokens have all expired go; any replica may do it. */
    @Scheduled(fixedDelay = "1m", initialDelay = "1m")
    void purge() {
        Instant now = clock.instant();
        try {
            repository.deleteKeptUntil(now);
            repository.deleteUsedLogoutTokensKeptUntil(now);
        } catch (RuntimeException e) {
            LOG.warn("Expired ended sessions could not be purged: {}", e.toString());
        }
    }
}
