package dev.frontgate.api.session;

import dev.frontgate.testing.keycloak.KeycloakServer;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.representations.idm.ClientRepresentation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Points the frontend clients' back-channel logout URL at the service under test (on its random port) and puts the
 * realm export's URL back afterwards.
 */
final class FrontendClients implements AutoCloseable {

    static final String BACKCHANNEL_LOGOUT_URL = "backchannel.logout.url";
    private static final List<String> CLIENTS = List.of("react-frontend", "api-docs");

    private final KeycloakServer keycloak;
    private final Map<String, String> originalUrls = new HashMap<>();

    FrontendClients(KeycloakServer keycloak, String backchannelLogoutUrl) {
        this.keycloak = keycloak;
        for (String clientId : CLIENTS) {
            ClientRepresentation client = client(clientId).toRepresentation();
            originalUrls.put(clientId, client.getAttributes().get(BACKCHANNEL_LOGOUT_URL));
            setUrl(clientId, backchannelLogoutUrl);
        }
    }

    private void setUrl(String clientId, String url) {
        ClientResource resource = client(clientId);
        ClientRepresentation client = resource.toRepresentation();
        client.getAttributes().put(BACKCHANNEL_LOGOUT_URL, url);
        resource.update(client);
    }

    private ClientResource client(String clientId) {
        var clients = keycloak.admin().realm(keycloak.realm()).clients();
        return clients.get(clients.findByClientId(clientId).getFirst().getId());
    }

    @Override
    public void close() {
        originalUrls.forEach(this::setUrl);
    }
}
