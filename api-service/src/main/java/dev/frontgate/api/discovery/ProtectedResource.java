package dev.frontgate.api.discovery;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;

import java.net.URI;

/**
 * This API as an OAuth protected resource (RFC 9728): its resource identifier and the URL of its metadata. The
 * identifier is the origin clients use to reach the API: {@code frontgate.resource.url} when set (behind a proxy),
 * else {@code http://localhost:<port>}, the origin of the local stack.
 */
@Singleton
public final class ProtectedResource {

    public static final String METADATA_PATH = "/.well-known/oauth-protected-resource";

    private final String configuredUrl;
    private final BeanProvider<EmbeddedServer> server;

    ProtectedResource(@Value("${frontgate.resource.url:}") String configuredUrl, BeanProvider<EmbeddedServer> server) {
        this.configuredUrl = configuredUrl.strip().replaceAll("/+$", "");
        if (!this.configuredUrl.isEmpty() && !URI.create(this.configuredUrl).getRawPath().isEmpty()) {
            // RFC 9728 puts the well-known suffix between host and path; an origin keeps its metadata at one URL.
            throw new IllegalArgumentException("frontgate.resource.url must be an origin without a path: "
                    + configuredUrl);
        }
        this.server = server;
    }

    /** The resource identifier: an origin such as {@code http://localhost:8280}. */
    public String identifier() {
        return configuredUrl.isEmpty() ? "http://localhost:" + server.get().getPort() : configuredUrl;
    }

    /**
     * The origin a request was addressed to, as the client wrote it: the configured URL (behind a proxy or the
     * balancer, where the Host header is the proxy's choice), else the request's Host. DPoP proofs name it in
     * {@code htu}.
     */
    public String originOf(HttpRequest<?> request) {
        if (!configuredUrl.isEmpty()) {
            return configuredUrl;
        }
        String host = request.getHeaders().get(HttpHeaders.HOST);
        return host == null || host.isBlank() ? identifier() : "http://" + host;
    }

    /** Where clients find the metadata; every 401 names it in {@code resource_metadata}. */
    public String metadataUrl() {
        return identifier() + METADATA_PATH;
    }
}
