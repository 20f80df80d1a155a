package dev.frontgate.api.headers;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Every answer says {@code X-Content-Type-Options: nosniff}, so no browser reads a JSON or YAML answer as a page or
 * a script, and carries a Content-Security-Policy: nothing may load or frame an API answer; the Swagger UI pages get
 * the least they need to work ({@link SwaggerUiPolicy}). Runs first, so its response part runs last and reaches
 * refusals made by other filters (401, 403) and the error answers (404, 413, …) too.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SecurityHeadersFilter implements Ordered {

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    private static final String SWAGGER_UI = "/swagger-ui/";

    private final String swaggerUiPolicy;

    SecurityHeadersFilter(SwaggerUiPolicy swaggerUi) {
        this.swaggerUiPolicy = swaggerUi.value();
    }

    @ResponseFilter
    void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header("X-Content-Type-Options", "nosniff");
        response.header("Content-Security-Policy",
                request.getPath().startsWith(SWAGGER_UI) ? swaggerUiPolicy : API_POLICY);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
