package dev.frontgate.api.security.token;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Keycloak's JWKS, cached. An unknown key id triggers a refetch (Keycloak rotated its key), but at most once per
 * {@link #MIN_REFETCH_INTERVAL}: a flood of tokens with forged key ids must not turn into a flood of fetches.
 */
@Singleton
final class JwksSigningKeys implements SigningKeys {

    static final Duration MIN_REFETCH_INTERVAL = Duration.ofSeconds(10);
    private static final Duration MAX_AGE = Duration.ofMinutes(10);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(JwksSigningKeys.class);

    private final TokenConfiguration configuration;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private JWKSet keys = new JWKSet();
    private Instant fetchedAt = Instant.MIN;

    JwksSigningKeys(TokenConfiguration configuration, Clock clock) {
        this.configuration = configuration;
        this.clock = clock;
    }

    @Override
    public synchronized Optional<JWK> find(String keyId) {
        Instant now = clock.instant();
        boolean stale = fetchedAt.plus(MAX_AGE).isBefore(now);
        if (stale || keys.getKeyByKeyId(keyId) == null && fetchedAt.plus(MIN_REFETCH_INTERVAL).isBefore(now)) {
            refetch(now);
        }
        return Optional.ofNullable(keys.getKeyByKeyId(keyId));
    }

    private void refetch(Instant now) {
        fetchedAt = now;
        try {
            HttpRequest request = HttpRequest.newBuilder(configuration.jwksUri()).timeout(TIMEOUT).GET().build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.warn("JWKS {} answered {}", configuration.jwksUri(), response.statusCode());
                return;
            }
            keys = JWKSet.parse(response.body());
        } catch (IOException | ParseException e) {
            LOG.warn("JWKS {} could not be fetched: {}", configuration.jwksUri(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
