package dev.frontgate.api.security;

import dev.frontgate.api.discovery.ProtectedResource;
import dev.frontgate.api.problem.Problem;
import dev.frontgate.api.problem.ProblemResponses;
import dev.frontgate.api.security.dpop.DpopConfiguration;
import dev.frontgate.api.security.dpop.DpopNonces;
import dev.frontgate.api.security.dpop.DpopRefusedException;
import dev.frontgate.api.security.token.BearerAuthenticationFetcher;
import dev.frontgate.api.security.token.InvalidTokenException;
import dev.frontgate.api.security.token.Credentials;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * Answers refused requests as RFC 6750 and RFC 9449 say (401 or 403 with {@code WWW-Authenticate}) with a problem
 * body. Both schemes are accepted, so a 401 carries both challenges; the one the client used comes first and carries
 * the error.
 */
@Singleton
@Produces
@Replaces(DefaultAuthorizationExceptionHandler.class)
final class BearerErrorHandler implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

    static final String NONCE_HEADER = "DPoP-Nonce";

    private final ProblemResponses responses;
    private final ProtectedResource resource;
    private final List<String> dpopAlgorithms;
    private final DpopNonces nonces;

    BearerErrorHandler(ProblemResponses responses, ProtectedResource resource, DpopConfiguration dpop,
                       DpopNonces nonces) {
        this.responses = responses;
        this.resource = resource;
        this.dpopAlgorithms = dpop.algorithms();
        this.nonces = nonces;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        return exception.isForbidden() ? forbidden(request) : unauthorized(request);
    }

    private MutableHttpResponse<?> unauthorized(HttpRequest<?> request) {
        Optional<String> failedCheck = request
                .getAttribute(BearerAuthenticationFetcher.FAILED_CHECK, InvalidTokenException.class)
                .map(InvalidTokenException::getMessage);
        if (failedCheck.isEmpty()) {
            Problem problem = Problem.of(401, "Unauthorized", "An access token is required (DPoP or Bearer).");
            return withChallenges(responses.write(request, problem),
                    BearerChallenge.missingToken(), DpopChallenge.of(dpopAlgorithms));
        }
        String check = failedCheck.get();
        String error = request.getAttribute(BearerAuthenticationFetcher.FAILED_ERROR, String.class)
                .orElse("invalid_token");
        String refused = error.equals("invalid_token")
                ? "The access token was refused: " : "The DPoP proof was refused: ";
        Problem problem = Problem.of(401, "Unauthorized", refused + check + ".").withError(error);
        MutableHttpResponse<?> response = responses.write(request, problem);
        if (error.equals(DpopRefusedException.USE_DPOP_NONCE)) {
            response.header(NONCE_HEADER, nonces.current());
        }
        if (usedDpop(request)) {
            return withChallenges(response, DpopChallenge.withError(dpopAlgorithms, error, check),
                    BearerChallenge.missingToken());
        }
        return withChallenges(response, BearerChallenge.invalidToken(check), DpopChallenge.of(dpopAlgorithms));
    }

    private MutableHttpResponse<?> withChallenges(MutableHttpResponse<?> response, String first, String second) {
        response.getHeaders().add(HttpHeaders.WWW_AUTHENTICATE, withMetadata(first));
        response.getHeaders().add(HttpHeaders.WWW_AUTHENTICATE, withMetadata(second));
        return response;
    }

    private String withMetadata(String challenge) {
        return BearerChallenge.withResourceMetadata(challenge, resource.metadataUrl());
    }

    private static boolean usedDpop(HttpRequest<?> request) {
        return request.getAttribute(BearerAuthenticationFetcher.SCHEME, String.class)
                .filter(Credentials.DPOP::equals).isPresent();
    }

    private MutableHttpResponse<?> forbidden(HttpRequest<?> request) {
        Optional<ScopeRequirement> unmet = request.getAttribute(ScopeRule.UNMET_REQUIREMENT, ScopeRequirement.class);
        if (unmet.isEmpty()) {
            return responses.write(request, Problem.of(403, "Forbidden", "No rule allows this request."));
        }
        return insufficientScope(request, unmet.get());
    }

    MutableHttpResponse<?> insufficientScope(HttpRequest<?> request, ScopeRequirement unmet) {
        // Also for a refusal an endpoint raised itself (InsufficientScopeException), so that it is counted alike.
        request.setAttribute(ScopeRule.UNMET_REQUIREMENT, unmet);
        String needs = unmet.match() == ScopeRequirement.Match.ANY_OF ? "one of the scopes " : "the scopes ";
        Problem problem = Problem.of(403, "Forbidden",
                        "The access token lacks a required scope; this endpoint needs " + needs
                                + String.join(", ", unmet.scopes()) + ".")
                .withError("insufficient_scope")
                .withRequiredScopes(unmet.scopes());
        String challenge = usedDpop(request)
                ? DpopChallenge.insufficientScope(dpopAlgorithms, unmet) : BearerChallenge.insufficientScope(unmet);
        return responses.write(request, problem).header(HttpHeaders.WWW_AUTHENTICATE, challenge);
    }
}
