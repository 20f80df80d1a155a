package dev.frontgate.keycloak.session;

import java.util.List;
import java.util.stream.Stream;

import org.jboss.logging.Logger;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.services.managers.AuthenticationManager;

/**
 * Ends a user's sessions when an admin takes away something their tokens grant ({@link EntitlementLoss}). Ending them
 * the way an admin's "Sign out" does makes Keycloak send the back-channel logout to every client of the session, so
 * the API refuses the old tokens within seconds instead of at their {@code exp}.
 */
final class SessionEndingEventListener implements EventListenerProvider {

    private static final Logger LOG = Logger.getLogger(SessionEndingEventListener.class);

    private final KeycloakSession session;

    SessionEndingEventListener(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void onEvent(Event event) {
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
        EntitlementLoss.of(event.getOperationType(), event.getResourceType(), event.getResourcePath())
                .ifPresent(loss -> {
                    RealmModel realm = session.realms().getRealm(event.getRealmId());
                    if (realm != null) {
                        usersOf(realm, loss).forEach(user -> endSessions(realm, user, event));
                    }
                });
    }

    private Stream<UserModel> usersOf(RealmModel realm, EntitlementLoss loss) {
        return switch (loss.kind()) {
            case USER -> Stream.ofNullable(session.users().getUserById(realm, loss.id()));
            case USER_IF_DISABLED -> Stream.ofNullable(session.users().getUserById(realm, loss.id()))
                    .filter(user -> !user.isEnabled());
            case GROUP_MEMBERS -> Stream.ofNullable(session.groups().getGroupById(realm, loss.id()))
                    .flatMap(group -> membersWithSubgroups(realm, group));
        };
    }

    private Stream<UserModel> membersWithSubgroups(RealmModel realm, GroupModel group) {
        return Stream.concat(session.users().getGroupMembersStream(realm, group),
                group.getSubGroupsStream().flatMap(subgroup -> membersWithSubgroups(realm, subgroup)));
    }

    private void endSessions(RealmModel realm, UserModel user, AdminEvent event) {
        KeycloakContext context = session.getContext();
        List<UserSessionModel> online = session.sessions().getUserSessionsStream(realm, user).toList();
        List<UserSessionModel> offline = session.sessions().getOfflineUserSessionsStream(realm, user).toList();
        online.forEach(userSession -> AuthenticationManager.backchannelLogout(session, realm, userSession,
                context.getUri(), context.getConnection(), context.getRequestHeaders(), true));
        offline.forEach(userSession -> AuthenticationManager.backchannelLogout(session, realm, userSession,
                context.getUri(), context.getConnection(), context.getRequestHeaders(), true, true));
        if (!online.isEmpty() || !offline.isEmpty()) {
            LOG.infof("Ended %d session(s) and %d offline session(s) of user %s in realm %s after %s %s",
                    online.size(), offline.size(), user.getUsername(), realm.getName(), event.getOperationType(),
                    event.getResourceType());
        }
    }

    @Override
    public void close() {
    }
}
