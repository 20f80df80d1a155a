package dev.frontgate.api.security.dpop;

import java.net.URI;
import java.util.Locale;

/**
 * The request a proof must name: its method ({@code htm}) and its URI as the client addressed it ({@code htu}),
 * without query and fragment. URIs are compared after RFC 3986 normalization (case of scheme and host, default
 * port, dot segments), as RFC 9449 section 4.3 allows.
 */
record ProofTarget(String method, URI uri) {

    /** Whether {@code htu} names this target; a query or fragment in {@code htu} never does. */
    boolean matches(URI htu) {
        return htu.getRawQuery() == null && htu.getRawFragment() == null && normalized(htu).equals(normalized(uri));
    }

    static String normalized(URI uri) {
        URI clean = uri.normalize();
        String scheme = clean.getScheme() == null ? "" : clean.getScheme().toLowerCase(Locale.ROOT);
        String host = clean.getHost() == null ? "" : clean.getHost().toLowerCase(Locale.ROOT);
        int port = clean.getPort() != -1 ? clean.getPort() : "https".equals(scheme) ? 443 : 80;
        String path = clean.getRawPath() == null || clean.getRawPath().isEmpty() ? "/" : clean.getRawPath();
        return scheme + "://" + host + ":" + port + path;
    }
}
