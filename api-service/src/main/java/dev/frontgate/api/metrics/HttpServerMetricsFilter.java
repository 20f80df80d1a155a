package dev.frontgate.api.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * {@code http_server_requests_seconds{method, uri, status}} for every answer, refusals included. It replaces
 * Micronaut's web metrics filter (off in application.yml), which does not see the 401 and 403 answers Micronaut
 * Security makes. It runs before the security filter; each route, method and status gets its timer once.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(bean = MeterRegistry.class)
final class HttpServerMetricsFilter implements Ordered {

    private static final String START = "frontgate.metrics.start";

    private final MeterRegistry registry;
    private final Map<Key, Timer> timers = new ConcurrentHashMap<>();

    HttpServerMetricsFilter(MeterRegistry registry) {
        this.registry = registry;
    }

    @RequestFilter
    void start(HttpRequest<?> request) {
        request.setAttribute(START, System.nanoTime());
    }

    @ResponseFilter
    void record(HttpRequest<?> request, HttpResponse<?> response) {
        Long started = request.getAttribute(START, Long.class).orElse(null);
        if (started != null) {
            Key key = new Key(request.getMethodName(), RouteTemplates.of(request), response.code());
            timers.computeIfAbsent(key, this::register).record(System.nanoTime() - started,
                    TimeUnit.NANOSECONDS);
        }
    }

    private Timer register(Key key) {
        return Timer.builder("http.server.requests")
                .description("Answers of the API by method, route template and status")
                .tag("method", key.method())
                .tag("uri", key.route())
                .tag("status", String.valueOf(key.status()))
                .register(registry);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.METRICS.order() - 1;
    }

    private record Key(String method, String route, int status) {
    }
}
