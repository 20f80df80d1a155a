package dev.frontgate.api.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.web.router.RouteAttributes;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.util.Optional;

/**
 * Enforces {@link RequiresScopes}, {@link RequiresAnyScope} and {@link ReadWriteScopes}. Endpoints without any of
 * them are left to the other rules; when no rule allows a request, Micronaut Security denies it.
 */
@Singleton
final class ScopeRule implements SecurityRule<HttpRequest<?>> {

    /** Request attribute holding the {@link ScopeRequirement} a token failed, for the 403 answer. */
    static final String UNMET_REQUIREMENT = "frontgate.scope.unmet";

    /** Before {@code @Secured}, so that a scope annotation is never bypassed by a broader annotation. */
    private static final int ORDER = SecuredAnnotationRule.ORDER - 100;

    @Override
    public Publisher<SecurityRuleResult> check(HttpRequest<?> request, @Nullable Authentication authentication) {
        Optional<ScopeRequirement> requirement = RouteAttributes.getRouteMatch(request)
                .flatMap(route -> ScopeRequirement.of(route.getAnnotationMetadata(), request.getMethod()));
        if (requirement.isEmpty()) {
            return Mono.just(SecurityRuleResult.UNKNOWN);
        }
        if (authentication == null) {
            return Mono.just(SecurityRuleResult.REJECTED);
        }
        if (requirement.get().isMetBy(authentication.getRoles())) {
            return Mono.just(SecurityRuleResult.ALLOWED);
        }
        request.setAttribute(UNMET_REQUIREMENT, requirement.get());
        return Mono.just(SecurityRuleResult.REJECTED);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
