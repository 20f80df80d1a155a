package dev.frontgate.api.security;

import dev.frontgate.api.discovery.ProtectedResource;
import dev.frontgate.api.problem.Problem;
import dev.frontgate.api.problem.ProblemResponses;
import dev.frontgate.api.security.token.BearerAuthenticationFetcher;
import dev.frontgate.api.security.token.InvalidTokenException;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Answers refused requests as RFC 6750 says (401 or 403 with {@code WWW-Authenticate}) with a problem body. */
@Singleton
@Produces
@Replaces(DefaultAuthorizationExceptionHandler.class)
final class BearerErrorHandler implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

    private final ProblemResponses responses;
    private final ProtectedResource resource;

    BearerErrorHandler(ProblemResponses responses, ProtectedResource resource) {
        this.responses = responses;
        this.resource = resource;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        return exception.isForbidden() ? forbidden(request) : unauthorized(request);
    }

    private MutableHttpResponse<?> unauthorized(HttpRequest<?> request) {
        Optional<String> failedCheck = request
                .getAttribute(BearerAuthenticationFetcher.FAILED_CHECK, InvalidTokenException.class)
                .map(InvalidTokenException::getMessage);
        Problem problem = failedCheck
                .map(check -> Problem.of(401, "Unauthorized", "The access token was refused: " + check + ".")
                        .withError("invalid_token"))
                .orElseGet(() -> Problem.of(401, "Unauthorized", "A bearer access token is required."));
        String challenge = failedCheck.map(BearerChallenge::invalidToken).orElseGet(BearerChallenge::missingToken);
        return responses.write(request, problem).header(HttpHeaders.WWW_AUTHENTICATE, challenge(challenge));
    }

    private String challenge(String challenge) {
        return BearerChallenge.withResourceMetadata(challenge, resource.metadataUrl());
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
        return responses.write(request, problem)
                .header(HttpHeaders.WWW_AUTHENTICATE, BearerChallenge.insufficientScope(unmet));
    }
}
