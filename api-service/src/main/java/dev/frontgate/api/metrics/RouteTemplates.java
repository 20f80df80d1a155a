package dev.frontgate.api.metrics;

import io.micronaut.http.HttpRequest;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;
import io.micronaut.web.router.UriRouteInfo;
import io.micronaut.web.router.UriRouteMatch;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The route a request matched, as its template ({@code /api/notes/{id}}): a metric label that never holds an id. */
public final class RouteTemplates {

    /** The label of a request no route matched (404, 405, preflight). */
    public static final String UNMATCHED = "unmatched";

    /** Each route's template, written out once: this runs for every request. Routes are fixed at start. */
    private static final Map<UriRouteInfo<?, ?>, String> TEMPLATES = new ConcurrentHashMap<>();

    private RouteTemplates() {
    }

    public static String of(HttpRequest<?> request) {
        RouteMatch<?> match = RouteAttributes.getRouteMatch(request).orElse(null);
        return match instanceof UriRouteMatch<?, ?> uriMatch
                ? TEMPLATES.computeIfAbsent(uriMatch.getRouteInfo(), route -> route.getUriMatchTemplate().toPathString())
                : UNMATCHED;
    }
}
