package dev.frontgate.keycloak.it;

import dev.frontgate.testing.keycloak.KeycloakServer;
import dev.frontgate.testing.keycloak.WithKeycloak;
import org.junit.jupiter.api.BeforeAll;

/** Base of the integration tests that talk to the shared Keycloak and change its frontgate realm. */
@WithKeycloak
public abstract class FrontgateRealmTest {

    protected static KeycloakServer keycloak;
    protected static FrontgateRealm realm;

    @BeforeAll
    static void connect(KeycloakServer server) {
        keycloak = server;
        realm = new FrontgateRealm(server);
    }
}
