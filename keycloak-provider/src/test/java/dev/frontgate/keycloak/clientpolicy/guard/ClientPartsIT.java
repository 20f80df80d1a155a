package dev.frontgate.keycloak.clientpolicy.guard;

import dev.frontgate.keycloak.it.AdminRefusal;
import dev.frontgate.keycloak.it.FrontgateRealmTest;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ClientScopeRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Client-scope assignments and protocol mappers of a frontend client are saved by Keycloak without any client-policy
 * event; the guard judges the client as saved and rolls the change back.
 */
class ClientPartsIT extends FrontgateRealmTest {

    @Test
    void anUnlistedDefaultScopeIsRefusedAndNotAssigned() {
        String offlineAccess = scopeId("offline_access");
        assertRefusedAndUnchanged(client -> AdminRefusal.of(() -> client.addDefaultClientScope(offlineAccess)),
                "default-scopes");
    }

    @Test
    void anOptionalScopeOutsideTheAllowedScopesIsRefusedAndNotAssigned() {
        ClientScopeRepresentation admin = new ClientScopeRepresentation();
        admin.setName("it-admin");
        admin.setProtocol("openid-connect");
        String id;
        try (Response response = realm.resource().clientScopes().create(admin)) {
            id = CreatedResponseUtil.getCreatedId(response);
        }
        try {
            assertRefusedAndUnchanged(client -> AdminRefusal.of(() -> client.addOptionalClientScope(id)),
                    "optional-scopes");
        } finally {
            realm.resource().clientScopes().get(id).remove();
        }
    }

    @Test
    void aHardCodedScopeClaimIsRefusedAndNoMapperIsSaved() {
        assertRefusedAndUnchanged(client -> AdminRefusal.of(client.getProtocolMappers()
                .createMapper(hardcoded("scope", "read write"))), "no-own-protocol-mappers");
    }

    @Test
    void aHardCodedGroupsClaimAddedInABatchIsRefusedAndNoMapperIsSaved() {
        assertRefusedAndUnchanged(client -> AdminRefusal.of(() -> client.getProtocolMappers()
                .createMapper(List.of(hardcoded("groups", "/editors")))), "no-own-protocol-mappers");
    }

    @Test
    void aConfidentialClientMayHaveMappersAndAnyScope() {
        ClientResource apiService = realm.client("api-service");
        String id;
        try (Response response = apiService.getProtocolMappers().createMapper(hardcoded("note", "x"))) {
            assertThat(response.getStatus()).isEqualTo(201);
            id = CreatedResponseUtil.getCreatedId(response);
        }
        apiService.getProtocolMappers().delete(id);
    }

    private static void assertRefusedAndUnchanged(Function<ClientResource, AdminRefusal> change, String rule) {
        ClientResource client = realm.client("react-frontend");
        ClientRepresentation before = client.toRepresentation();
        List<String> defaultScopesBefore = names(client.getDefaultClientScopes());
        List<String> optionalScopesBefore = names(client.getOptionalClientScopes());

        AdminRefusal refusal = change.apply(client);

        assertThat(refusal.status()).isEqualTo(400);
        assertThat(refusal.body()).contains("invalid_client_metadata").contains("rule '" + rule + "'");
        assertThat(client.toRepresentation()).usingRecursiveComparison().isEqualTo(before);
        assertThat(names(client.getDefaultClientScopes())).isEqualTo(defaultScopesBefore);
        assertThat(names(client.getOptionalClientScopes())).isEqualTo(optionalScopesBefore);
        assertThat(client.getProtocolMappers().getMappers()).isEmpty();
    }

    private static List<String> names(List<ClientScopeRepresentation> scopes) {
        return scopes.stream().map(ClientScopeRepresentation::getName).sorted().toList();
    }

    private static String scopeId(String name) {
        return realm.resource().clientScopes().findAll().stream().filter(scope -> scope.getName().equals(name))
                .findFirst().orElseThrow().getId();
    }

    private static ProtocolMapperRepresentation hardcoded(String claim, String value) {
        ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
        mapper.setName("it-hardcoded-" + claim);
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper("oidc-hardcoded-claim-mapper");
        mapper.setConfig(Map.of("claim.name", claim, "claim.value", value, "jsonType.label", "String",
                "access.token.claim", "true", "id.token.claim", "true"));
        return mapper;
    }
}
