package dev.frontgate.api.security;

import dev.frontgate.api.security.token.BearerAuthenticationFetcher;
import dev.frontgate.api.security.token.InvalidTokenException;
import io.micronaut.http.HttpRequest;

import java.util.Optional;

/**
 * Why a request was answered 401 or 403, as fixed labels for metrics and the audit trail: never free text, so that
 * no caller can create new metric series.
 *
 * @param outcome {@code invalid_token}, {@code missing_token}, {@code insufficient_scope} or {@code forbidden}
 * @param reason  the failed token check ({@code signature}, {@code expired}, …), the scopes the endpoint needs
 *                ({@code write}), {@code no_token} or {@code no_rule}
 */
public record Refusal(String outcome, String reason) {

    public static final Refusal MISSING_TOKEN = new Refusal("missing_token", "no_token");
    public static final Refusal NO_RULE = new Refusal("forbidden", "no_rule");

    /** The refusal behind an answer's status; empty for any status but 401 and 403. */
    public static Optional<Refusal> of(HttpRequest<?> request, int status) {
        return switch (status) {
            case 401 -> Optional.of(request
                    .getAttribute(BearerAuthenticationFetcher.FAILED_CHECK, InvalidTokenException.class)
                    .map(e -> new Refusal("invalid_token", e.check().label()))
                    .orElse(MISSING_TOKEN));
            case 403 -> Optional.of(request.getAttribute(ScopeRule.UNMET_REQUIREMENT, ScopeRequirement.class)
                    .map(unmet -> new Refusal("insufficient_scope", String.join(" ", unmet.scopes())))
                    .orElse(NO_RULE));
            default -> Optional.empty();
        };
    }
}
