package dev.frontgate.api.security.token;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.Optional;

/**
 * Plugs {@link AccessTokenVerifier} into Micronaut Security as the only token validator (application.yml switches
 * the stock ones off). A refused token leaves the reason on the request, where the error handler turns it into
 * {@code error_description}.
 */
@Singleton
public final class AccessTokenValidator implements TokenValidator<HttpRequest<?>> {

    /** Request attribute holding the failed check of a refused token. */
    public static final String FAILED_CHECK = "frontgate.token.failed-check";

    private final AccessTokenVerifier verifier;

    AccessTokenValidator(AccessTokenVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        try {
            Optional<VerifiedToken> remembered = verifier.verifyRemembered(token);
            if (remembered.isPresent()) {
                return Mono.just(remembered.get().authentication());
            }
        } catch (InvalidTokenException e) {
            return refuse(request, e);
        }
        // Off the event loop: an unknown key id makes the verifier fetch Keycloak's JWKS, which blocks.
        return Mono.defer(() -> authenticate(token, request)).subscribeOn(Schedulers.boundedElastic());
    }

    private Mono<Authentication> authenticate(String token, HttpRequest<?> request) {
        try {
            return Mono.just(verifier.verifyUncached(token).authentication());
        } catch (InvalidTokenException e) {
            return refuse(request, e);
        }
    }

    private static Mono<Authentication> refuse(HttpRequest<?> request, InvalidTokenException e) {
        request.setAttribute(FAILED_CHECK, e.getMessage());
        return Mono.empty();
    }
}
