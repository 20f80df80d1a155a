package dev.frontgate.api.headers;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.annotation.PreMatching;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Every answer says {@code X-Content-Type-Options: nosniff}, so no browser reads a JSON or YAML answer as a page or
 * a script, and carries a Content-Security-Policy: nothing may load or frame an API answer; the Swagger UI pages get
 * the least they need to work ({@link SwaggerUiPolicy}). Pre-matching and first, so that it wraps every other
 * filter: CORS answers preflights before routing, security refuses tokens, and the error answers (404, 413, …) all
 * pass back through here.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SecurityHeadersFilter implements Ordered {

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    private static final String SWAGGER_UI = "/swagger-ui/";

    private final String swaggerUiPolicy;

    SecurityHeadersFilter(SwaggerUiPolicy swaggerUi) {
        this.swaggerUiPolicy = swaggerUi.value();
    }

    @RequestFilter
    @PreMatching
    Publisher<MutableHttpResponse<?>> addHeaders(HttpRequest<?> request,
                                                 FilterContinuation<Publisher<MutableHttpResponse<?>>> next) {
        String policy = request.getPath().startsWith(SWAGGER_UI) ? swaggerUiPolicy : API_POLICY;
        return Mono.from(next.proceed()).doOnNext(response -> response
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", policy));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
