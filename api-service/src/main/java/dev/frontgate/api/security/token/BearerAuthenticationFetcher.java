package dev.frontgate.api.security.token;

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
 * The only way a request becomes authenticated: the bearer token of its {@code Authorization} header, verified by
 * {@link AccessTokenVerifier}, whose session must not have ended ({@link EndedSessions}). It replaces Micronaut
 * Security's token fetcher, so no other token validator is ever asked, and a remembered token is answered at once on
 * the event loop; a new one is verified off it, because an unknown key id makes the verifier fetch Keycloak's JWKS.
 * A refused token leaves its {@link InvalidTokenException} on the request, where the error handler turns it into
 * {@code error_description} and the audit filter counts it. Unlike Micronaut's fetcher it publishes no
 * {@code TokenValidatedEvent}: nothing here listens, and it would cost a host and locale lookup per request.
 */
@Singleton
@Replaces(TokenAuthenticationFetcher.class)
public final class BearerAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    /** Request attribute holding the {@link InvalidTokenException} of a refused token. */
    public static final String FAILED_CHECK = "frontgate.token.failed-check";

    private static final String SCHEME = "Bearer ";

    private final AccessTokenVerifier verifier;
    private final EndedSessions endedSessions;

    BearerAuthenticationFetcher(AccessTokenVerifier verifier, EndedSessions endedSessions) {
        this.verifier = verifier;
        this.endedSessions = endedSessions;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            return Mono.empty();
        }
        String token = bearerToken(authorization);
        if (token == null || token.isBlank()) {
            // A client that sent some other credentials deserves to learn they were refused, not that it sent none.
            return refuse(request, whyNoToken(authorization));
        }
        try {
            VerifiedToken remembered = verifier.verifyRemembered(token).orElse(null);
            if (remembered != null) {
                endedSessions.check(remembered);
                return accept(request, token, remembered);
            }
        } catch (InvalidTokenException e) {
            return refuse(request, e);
        }
        return Mono.defer(() -> verifyNew(token, request)).subscribeOn(Schedulers.boundedElastic());
    }

    /**
     * The credentials of a {@code Bearer} authorization (the scheme in any case, RFC 9110), or null for none or
     * another scheme.
     */
    static String bearerToken(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return null;
        }
        return authorization.substring(SCHEME.length());
    }

    /** Why an Authorization header without a {@link #bearerToken} holds nothing to verify. */
    static InvalidTokenException whyNoToken(String authorization) {
        String scheme = authorization.strip().split("\\s+", 2)[0];
        return new InvalidTokenException(FailedCheck.SCHEME, scheme.equalsIgnoreCase(SCHEME.strip())
                ? "bearer token is empty" : "authorization scheme must be Bearer");
    }

    private Mono<Authentication> verifyNew(String token, HttpRequest<?> request) {
        try {
            VerifiedToken verified = verifier.verifyUncached(token);
            endedSessions.check(verified);
            return accept(request, token, verified);
        } catch (InvalidTokenException e) {
            return refuse(request, e);
        }
    }

    /** Keeps the token on the request where Micronaut's token propagation looks for it. */
    private static Mono<Authentication> accept(HttpRequest<?> request, String token, VerifiedToken verified) {
        request.setAttribute(SecurityFilter.TOKEN, token);
        return Mono.just(verified.caller());
    }

    private static Mono<Authentication> refuse(HttpRequest<?> request, InvalidTokenException e) {
        request.setAttribute(FAILED_CHECK, e);
        return Mono.empty();
    }
}
