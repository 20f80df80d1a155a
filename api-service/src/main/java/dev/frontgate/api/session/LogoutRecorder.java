package dev.frontgate.api.session;

import dev.frontgate.api.security.token.FailedCheck;
import dev.frontgate.api.security.token.InvalidTokenException;
import dev.frontgate.api.security.token.TokenConfiguration;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;

/**
 * Stores a verified logout for every replica: its {@code jti} as used, and the ended session, in one transaction, so a
 * replayed token (seen by any replica) ends nothing.
 */
@Singleton
class LogoutRecorder {

    private final EndedSessionRepository repository;
    private final SessionConfiguration settings;
    private final TokenConfiguration token;
    private final Clock clock;

    LogoutRecorder(EndedSessionRepository repository, SessionConfiguration settings, TokenConfiguration token,
                   Clock clock) {
        this.repository = repository;
        this.settings = settings;
        this.token = token;
        this.clock = clock;
    }

    @Transactional
    EndedSession record(LogoutToken logout) throws InvalidTokenException {
        Instant usableUntil = logout.issuedAt().plus(settings.logoutTokenMaxAge()).plus(token.clockSkew());
        if (repository.rememberLogoutToken(logout.jti(), usableUntil) == 0) {
            throw new InvalidTokenException(FailedCheck.LOGOUT_TOKEN, "logout token was used before");
        }
        // The logout's time by Keycloak's clock, the clock of the tokens' iat that a logout by sub is compared with.
        Instant endedAt = logout.issuedAt();
        Instant latest = endedAt.isAfter(clock.instant()) ? endedAt : clock.instant();
        Instant keepUntil = latest.plus(settings.tokenLifetime()).plus(token.clockSkew());
        return repository.save(new EndedSession(null, logout.sid(), logout.sub(), endedAt, keepUntil));
    }
}
