package dev.frontgate.keycloak.session;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.jboss.logging.Logger;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.services.Urls;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.urls.UrlType;

/**
 * Ends a user's sessions when an admin takes away something their tokens grant ({@link EntitlementLoss}), the way an
 * admin's "Sign out" does, so Keycloak sends the back-channel logout to every client of the session and the API
 * refuses the old tokens within seconds instead of at their {@code exp}. Every ended session it hears of (a user's
 * sign-out, an admin's, its own) is also handed to {@link LogoutRedelivery} once the change is committed.
 */
final class SessionEndingEventListener implements EventListenerProvider {

    private static final Logger LOG = Logger.getLogger(SessionEndingEventListener.class);

    private final KeycloakSession session;
    private final LogoutRedelivery redelivery;

    SessionEndingEventListener(KeycloakSession session, LogoutRedelivery redelivery) {
        this.session = session;
        this.redelivery = redelivery;
    }

    @Override
    public void onEvent(Event event) {
        if (event.getType() == EventType.LOGOUT && event.getSessionId() != null) {
            redeliverAfterCommit(session.realms().getRealm(event.getRealmId()), event.getSessionId(),
                    event.getUserId());
        }
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
        RealmModel realm = session.realms().getRealm(event.getRealmId());
        if (realm == null) {
            return;
        }
        AdminLogout.of(event.getOperationType(), event.getResourcePath())
                .ifPresent(logout -> redeliverAfterCommit(realm, logout.sid(), logout.sub()));
        EntitlementLoss.of(event.getOperationType(), event.getResourceType(), event.getResourcePath())
                .ifPresent(loss -> usersOf(realm, loss).forEach(user -> endSessions(realm, user, event)));
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
        Stream.concat(online.stream(), offline.stream()).map(UserSessionModel::getId).distinct()
                .forEach(sid -> redeliverAfterCommit(realm, sid, user.getId()));
        if (!online.isEmpty() || !offline.isEmpty()) {
            LOG.infof("Ended %d session(s) and %d offline session(s) of user %s in realm %s after %s %s",
                    online.size(), offline.size(), user.getUsername(), realm.getName(), event.getOperationType(),
                    event.getResourceType());
        }
    }

    /** Only a committed change ended anything: a rolled-back one must not refuse the session's tokens. */
    private void redeliverAfterCommit(RealmModel realm, String sid, String sub) {
        if (realm == null) {
            return;
        }
        String issuer = Urls.realmIssuer(session.getContext().getUri(UrlType.FRONTEND).getBaseUri(), realm.getName());
        EndedSession ended = new EndedSession(realm.getId(), issuer, sid, sub);
        Duration lifespan = Duration.ofSeconds(realm.getAccessTokenLifespan());
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                redelivery.deliver(ended, lifespan);
            }

            @Override
            protected void rollbackImpl() {
            }
        });
    }

    @Override
    public void close() {
    }
}
