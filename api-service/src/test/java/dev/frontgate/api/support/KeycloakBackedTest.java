package dev.frontgate.api.support;

import dev.frontgate.testing.keycloak.KeycloakServer;
import dev.frontgate.testing.keycloak.RunningStack;
import dev.frontgate.testing.keycloak.Tokens;
import dev.frontgate.testing.keycloak.WithKeycloak;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Base of the integration tests: the service runs against the shared real Keycloak and the real PostgreSQL test
 * database, with no note from earlier tests or runs. With {@code -Dfrontgate.keycloak.backend=stack} the same tests
 * run against the launcher's running stack instead (for the HA stack: through HAProxy, with
 * {@code -Dfrontgate.test.db.url} naming the replicas' database): {@link #api()} is then the stack's API.
 */
@WithKeycloak
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class KeycloakBackedTest implements TestPropertyProvider {

    /** The DPoP challenge of every 401, and the scheme of 403 challenges to react-frontend's DPoP-bound tokens. */
    protected static final String DPOP_CHALLENGE = "DPoP algs=\"ES256 ES384 PS256 RS256\"";

    private static final Map<String, Tokens> TOKENS = new ConcurrentHashMap<>();

    @Inject
    protected EmbeddedServer server;

    protected final KeycloakServer keycloak = KeycloakServer.shared();
    private EmbeddedServer secondReplica;

    @Override
    public Map<String, String> getProperties() {
        TestDatabase.ensureExists();
        RealmSigningKey.trusted(keycloak);
        return Map.of(
                "micronaut.server.port", "-1",
                "frontgate.token.issuer", keycloak.issuer(),
                "frontgate.token.jwks-url", keycloak.jwksUrl(),
                "datasources.default.url", TestDatabase.URL,
                "datasources.default.username", TestDatabase.USER,
                "datasources.default.password", "");
    }

    @BeforeEach
    void startWithoutNotes() {
        TestDatabase.deleteAllNotes();
        if (KeycloakServer.isStack()) {
            // The stack's replicas hear of it through PostgreSQL within milliseconds; this is ample.
            Pause.of(Duration.ofMillis(250));
        }
    }

    /**
     * Another replica of the service on the same database and Keycloak, as behind the balancer: started with this
     * test's properties on first use, stopped after the class.
     */
    protected Api secondReplica() {
        if (secondReplica == null) {
            Map<String, Object> properties = new HashMap<>(getProperties());
            properties.put("endpoints.all.port", "-1"); // a port of its own, if the test gave the first one a port
            secondReplica = ApplicationContext.run(EmbeddedServer.class, properties);
        }
        return new Api(secondReplica.getURI());
    }

    @AfterAll
    void stopSecondReplica() {
        if (secondReplica != null) {
            secondReplica.close();
        }
    }

    protected Api api() {
        return new Api(KeycloakServer.isStack() ? URI.create(RunningStack.read().apiUrl()) : server.getURI());
    }

    /** The RFC 9728 parameter every 401 challenge ends with: this service's metadata URL. */
    protected String resourceMetadataParameter() {
        String resource = KeycloakServer.isStack() ? RunningStack.read().apiUrl() : "http://localhost:" + server.getPort();
        return ", resource_metadata=\"" + resource + "/.well-known/oauth-protected-resource\"";
    }

    /**
     * Real tokens through the PKCE flow, one login per user and scope set while the token has a minute left. They are
     * DPoP-bound, as the React app's: {@link Api} sends them with a fresh proof per request.
     */
    protected Tokens login(String user, String scope) {
        return TOKENS.compute(user + " " + scope, (key, cached) ->
                cached != null && secondsLeft(cached) > 60 ? cached : keycloak.pkce().login(user, scope));
    }

    private static long secondsLeft(Tokens tokens) {
        return ((Number) tokens.claims().get("exp")).longValue() - Instant.now().getEpochSecond();
    }
}
