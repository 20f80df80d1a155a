package dev.frontgate.api.security.token;

import dev.frontgate.api.security.dpop.DpopBinding;
import dev.frontgate.api.security.dpop.DpopRefusedException;
import dev.frontgate.api.session.EndedSessions;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.security.token.TokenAuthenticationFetcher;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The only way a request becomes authenticated: the access token of its {@code Authorization} header ({@code Bearer}
 * or {@code DPoP}), verified by {@link AccessTokenVerifier}, whose session must not have ended ({@link EndedSessions}),
 * then bound by {@link DpopBinding}. It replaces Micronaut Security's token fetcher, so no other token validator is
 * ever asked. A remembered Bearer token is answered at once on the event loop; a new token is verified off it,
 * because an unknown key id makes the verifier fetch Keycloak's JWKS, and so is every DPoP request, whose proof's
 * {@code jti} is recorded in the database. A refused request keeps its {@link InvalidTokenException}, its error code
 * and the scheme used on the request, where the error handler turns them into the challenge and the audit filter
 * counts them. Unlike Micronaut's fetcher it publishes no {@code TokenValidatedEvent}: nothing here listens, and it
 * would cost a host and locale lookup per request.
 */
@Singleton
@Replaces(TokenAuthenticationFetcher.class)
public final class BearerAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    /** Request attribute holding the {@link InvalidTokenException} of a refused token or proof. */
    public static final String FAILED_CHECK = "frontgate.token.failed-check";
    /** Request attribute holding the error code of the failed check, when it is not {@code invalid_token}. */
    public static final String FAILED_ERROR = "frontgate.token.failed-error";
    /** Request attribute holding the scheme the client used: {@link Credentials#BEARER} or {@link Credentials#DPOP}. */
    public static final String SCHEME = "frontgate.token.scheme";

    private final AccessTokenVerifier verifier;
    private final EndedSessions endedSessions;
    private final DpopBinding dpop;

    BearerAuthenticationFetcher(AccessTokenVerifier verifier, EndedSessions endedSessions, DpopBinding dpop) {
        this.verifier = verifier;
        this.endedSessions = endedSessions;
        this.dpop = dpop;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            return Mono.empty();
        }
        Credentials credentials = Credentials.parse(authorization);
        if (credentials == null || credentials.token().isBlank()) {
            // A client that sent some other credentials deserves to learn they were refused, not that it sent none.
            return refuse(request, Credentials.whyNoToken(authorization), null);
        }
        request.setAttribute(SCHEME, credentials.scheme());
        if (!credentials.isDpop()) {
            try {
                VerifiedToken remembered = verifier.verifyRemembered(credentials.token()).orElse(null);
                if (remembered != null) {
                    return accept(request, credentials, remembered);
                }
            } catch (InvalidTokenException e) {
                return refuse(request, e, null);
            }
        }
        return Mono.defer(() -> verifyBlocking(request, credentials)).subscribeOn(Schedulers.boundedElastic());
    }

    private Mono<Authentication> verifyBlocking(HttpRequest<?> request, Credentials credentials) {
        try {
            return accept(request, credentials, verifier.verify(credentials.token()));
        } catch (InvalidTokenException e) {
            return refuse(request, e, null);
        }
    }

    /**
     * The checks after the token's own, in the order the whole service keeps: the session, the DPoP binding and
     * proof, then (in the security rules) the route's scopes. Keeps the token on the request where Micronaut's token
     * propagation looks for it.
     */
    private Mono<Authentication> accept(HttpRequest<?> request, Credentials credentials, VerifiedToken verified) {
        try {
            endedSessions.check(verified);
            dpop.check(request, credentials, verified);
        } catch (InvalidTokenException e) {
            return refuse(request, e, null);
        } catch (DpopRefusedException e) {
            return refuse(request, new InvalidTokenException(FailedCheck.DPOP_PROOF, e.getMessage()), e.error());
        }
        request.setAttribute(SecurityFilter.TOKEN, credentials.token());
        return Mono.just(verified.caller());
    }

    private static Mono<Authentication> refuse(HttpRequest<?> request, InvalidTokenException e, String error) {
        request.setAttribute(FAILED_CHECK, e);
        if (error != null) {
            request.setAttribute(FAILED_ERROR, error);
        }
        return Mono.empty();
    }
}
