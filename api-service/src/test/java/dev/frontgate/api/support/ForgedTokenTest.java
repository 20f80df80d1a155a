package dev.frontgate.api.support;

import dev.frontgate.api.security.token.ForgedSigningKeys;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.util.Map;

/** Base of fast HTTP tests: embedded H2, and tokens signed by a key the service is told to trust. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ForgedTokenTest implements TestPropertyProvider {

    @Inject
    protected EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return Map.of(ForgedSigningKeys.PROPERTY, "true", "micronaut.server.port", "-1");
    }

    protected Api api() {
        return new Api(server.getURI());
    }

    protected static String token(String scope) {
        return ForgedSigningKeys.FORGE.sign(
                TokenForge.accessClaims(TokenForge.ISSUER, Instant.now()).claim("scope", scope).build());
    }
}
