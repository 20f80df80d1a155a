package dev.frontgate.api.metrics;

import dev.frontgate.api.security.Refusal;
import dev.frontgate.api.security.ScopeRequirement;
import dev.frontgate.api.security.token.FailedCheck;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code frontgate_refusals_total{outcome, reason, route}}: every 401 and 403 by its {@link Refusal} and route. The
 * series of each protected route exist from the start (at zero), so that a first refusal shows up in
 * {@code rate()} and alerts; labels come from fixed sets only.
 */
@Singleton
@Requires(bean = MeterRegistry.class)
public final class RefusalCounters {

    static final String NAME = "frontgate.refusals";

    private final MeterRegistry registry;
    private final Map<Key, Counter> counters = new ConcurrentHashMap<>();

    RefusalCounters(MeterRegistry registry, Router router) {
        this.registry = registry;
        router.uriRoutes().forEach(this::registerProtected);
    }

    public void count(Refusal refusal, String route) {
        counters.computeIfAbsent(new Key(refusal, route), this::register).increment();
    }

    /** A route is protected when it has a scope rule or is {@code @Secured} for anything but anonymous callers. */
    private void registerProtected(UriRouteInfo<?, ?> route) {
        Optional<ScopeRequirement> requirement = ScopeRequirement.of(route.getAnnotationMetadata(),
                route.getHttpMethod());
        List<String> secured = List.of(route.getAnnotationMetadata().stringValues(Secured.class));
        if (requirement.isEmpty() && (secured.isEmpty() || secured.contains(SecurityRule.IS_ANONYMOUS))) {
            return;
        }
        String template = route.getUriMatchTemplate().toPathString();
        for (FailedCheck check : FailedCheck.values()) {
            count(new Refusal("invalid_token", check.label()), template, 0);
        }
        count(Refusal.MISSING_TOKEN, template, 0);
        requirement.ifPresent(rule ->
                count(new Refusal("insufficient_scope", String.join(" ", rule.scopes())), template, 0));
    }

    private void count(Refusal refusal, String route, int amount) {
        counters.computeIfAbsent(new Key(refusal, route), this::register).increment(amount);
    }

    private Counter register(Key key) {
        return Counter.builder(NAME)
                .description("Requests answered 401 or 403, by outcome, reason and route")
                .tag("outcome", key.refusal().outcome())
                .tag("reason", key.refusal().reason())
                .tag("route", key.route())
                .register(registry);
    }

    private record Key(Refusal refusal, String route) {
    }
}
