package dev.frontgate.api.metrics;

import io.micronaut.http.HttpRequest;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.UriRouteMatch;

/** The route a request matched, as its template ({@code /api/notes/{id}}): a metric label that never holds an id. */
public final class RouteTemplates {

    /** The label of a request no route matched (404, 405, preflight). */
    public static final String UNMATCHED = "unmatched";

    private RouteTemplates() {
    }

    public static String of(HttpRequest<?> request) {
        return RouteAttributes.getRouteMatch(request)
                .filter(UriRouteMatch.class::isInstance)
                .map(match -> ((UriRouteMatch<?, ?>) match).getRouteInfo().getUriMatchTemplate().toPathString())
                .orElse(UNMATCHED);
    }
}
