package dev.frontgate.api.session;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.frontgate.testing.keycloak.KeycloakServer;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.ClientPoliciesProfilesResource;
import org.keycloak.representations.idm.ClientProfilesRepresentation;
import org.keycloak.representations.idm.ClientRepresentation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Points the frontend clients' back-channel logout URL at the service under test (on its random port), with the
 * frontend guard's accepted back-channel logout URL, and puts the realm export's values back afterwards.
 */
final class FrontendClients implements AutoCloseable {

    static final String BACKCHANNEL_LOGOUT_URL = "backchannel.logout.url";
    private static final List<String> CLIENTS = List.of("react-frontend", "api-docs");
    private static final String GUARD = "frontend-client-guard";
    private static final String GUARD_SETTING = "backchannel-logout-url";

    private final KeycloakServer keycloak;
    private final ClientProfilesRepresentation originalProfiles;
    private final Map<String, String> originalUrls = new HashMap<>();

    FrontendClients(KeycloakServer keycloak, String backchannelLogoutUrl) {
        this.keycloak = keycloak;
        this.originalProfiles = profiles().getProfiles(false);
        // The guard refuses a client URL other than the one it is configured with: it learns the new one first.
        ClientProfilesRepresentation changed = profiles().getProfiles(false);
        changed.getProfiles().forEach(profile -> profile.getExecutors().stream()
                .filter(executor -> executor.getExecutorProviderId().equals(GUARD))
                .filter(executor -> executor.getConfiguration() instanceof ObjectNode)
                .forEach(executor -> ((ObjectNode) executor.getConfiguration()).put(GUARD_SETTING,
                        backchannelLogoutUrl)));
        profiles().updateProfiles(changed);
        for (String clientId : CLIENTS) {
            originalUrls.put(clientId, client(clientId).toRepresentation().getAttributes().get(BACKCHANNEL_LOGOUT_URL));
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

    private ClientPoliciesProfilesResource profiles() {
        return keycloak.admin().realm(keycloak.realm()).clientPoliciesProfilesResource();
    }

    @Override
    public void close() {
        profiles().updateProfiles(originalProfiles);
        originalUrls.forEach(this::setUrl);
    }
}
