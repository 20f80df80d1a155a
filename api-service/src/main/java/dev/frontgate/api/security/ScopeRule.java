package dev.frontgate.api.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteInfo;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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

    /** Each route's rule, read from its annotations once: routes are fixed when the service starts. */
    private final Map<RouteMethod, Optional<ScopeRequirement>> requirements = new ConcurrentHashMap<>();

    @Override
    public Publisher<SecurityRuleResult> check(HttpRequest<?> request, @Nullable Authentication authentication) {
        Optional<ScopeRequirement> requirement = RouteAttributes.getRouteMatch(request)
                .flatMap(route -> requirements.computeIfAbsent(new RouteMethod(route.getRouteInfo(), request.getMethod()),
                        key -> ScopeRequirement.of(key.route().getAnnotationMetadata(), key.method())));
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

    private record RouteMethod(RouteInfo<?> route, HttpMethod method) {
    }
}
