package dev.frontgate.stack.compose;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The `ha` profile of docker-compose.yml is the local HA stack's topology: two Keycloak nodes clustered through
 * JDBC_PING in one database with the issuer of the single-node service, two API replicas on one database, and HAProxy
 * publishing Keycloak and the API on the usual ports, retrying only connections that were never made.
 */
class ComposeHaProfileTest {

    private static final ComposeFile compose = Checkout.compose();
    private static final List<String> HA_SERVICES = List.of("keycloak-1", "keycloak-2", "api-1", "api-2", "haproxy");

    @Test
    void haServicesStartOnlyWithTheHaProfile() {
        for (String service : HA_SERVICES) {
            assertThat(compose.service(service).get("profiles")).as(service).isEqualTo(List.of("ha"));
        }
    }

    @Test
    void keycloakNodesFormOneClusterWithTheSingleNodesIssuer() {
        for (String node : List.of("keycloak-1", "keycloak-2")) {
            assertThat(compose.option(node, "cache")).contains("ispn");
            assertThat(compose.option(node, "cache-stack")).contains("jdbc-ping");
            assertThat(compose.option(node, "hostname")).isEqualTo(compose.option("keycloak", "hostname"));
            assertThat(compose.environment(node).get("KC_DB_URL")).isEqualTo(compose.environment("keycloak-1").get("KC_DB_URL"));
        }
    }

    @Test
    void apiReplicasShareOneDatabaseAndFetchKeysThroughTheBalancer() {
        for (String replica : List.of("api-1", "api-2")) {
            assertThat(compose.environment(replica))
                    .containsEntry("FRONTGATE_DB_URL", compose.environment("api-service").get("FRONTGATE_DB_URL"))
                    .containsEntry("FRONTGATE_ISSUER", compose.environment("api-service").get("FRONTGATE_ISSUER"))
                    .containsEntry("FRONTGATE_JWKS_URL", "http://haproxy:8080/realms/frontgate/protocol/openid-connect/certs");
        }
    }

    @Test
    void haproxyPublishesTheUsualPortsAndRetriesOnlyConnectionFailures() throws Exception {
        assertThat(compose.ports("haproxy")).containsExactly("127.0.0.1:8080:8080", "127.0.0.1:8280:8280");
        String config = Files.readString(Checkout.root().resolve("deploy/haproxy/haproxy.cfg"));
        assertThat(config).contains("retry-on conn-failure", "option httpchk GET /health/ready", "option httpchk GET /health")
                .contains("server keycloak-1 keycloak-1:8080", "server keycloak-2 keycloak-2:8080")
                .contains("server api-1 api-1:8280", "server api-2 api-2:8280");
        assertThat(config.lines().filter(line -> line.strip().startsWith("retry-on")))
                .containsExactly("    retry-on conn-failure");
    }
}
