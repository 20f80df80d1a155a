package dev.frontgate.keycloak.clientpolicy.guard;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.representations.idm.OAuth2ErrorRepresentation;
import org.keycloak.services.clientpolicy.ClientPolicyException;
import org.keycloak.utils.KeycloakSessionUtil;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;

/**
 * Admin REST changes to the parts of a client that Keycloak saves without any event: its default and optional
 * client scopes and its protocol mappers ({@code /admin/realms/{realm}/clients/{id}/...}). After such a change
 * succeeded, and before Keycloak commits it (its own session filter runs last), the client is judged as saved; a
 * refusal rolls the transaction back and turns the answer into 400 {@code invalid_client_metadata}.
 */
@Provider
@Priority(Priorities.USER)
public final class ClientPartChangeFilter implements ContainerResponseFilter {

    private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (READS.contains(request.getMethod()) || response.getStatus() >= 300) {
            return;
        }
        List<String> path = request.getUriInfo().getPathSegments().stream().map(PathSegment::getPath).toList();
        // admin / realms / {realm} / clients / {id} / {part} ...
        if (path.size() < 6 || !path.get(0).equals("admin") || !path.get(1).equals("realms")) {
            return;
        }
        KeycloakSession session = KeycloakSessionUtil.getKeycloakSession();
        RealmModel realm = session == null ? null : session.realms().getRealmByName(path.get(2));
        if (realm == null) {
            return;
        }
        ClientModel client = path.get(3).equals("clients") ? realm.getClientById(path.get(4)) : null;
        if (client != null) {
            SavedClientCheck.refusal(session, client).ifPresent(refusal -> refuse(session, response, refusal));
        }
    }

    private static void refuse(KeycloakSession session, ContainerResponseContext response,
            ClientPolicyException refusal) {
        session.getTransactionManager().setRollbackOnly();
        OAuth2ErrorRepresentation error = new OAuth2ErrorRepresentation(refusal.getError(), refusal.getErrorDetail());
        response.setStatus(Response.Status.BAD_REQUEST.getStatusCode());
        response.getHeaders().remove(HttpHeaders.LOCATION);
        response.setEntity(error, new Annotation[0], MediaType.APPLICATION_JSON_TYPE);
    }
}
