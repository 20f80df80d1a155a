package dev.frontgate.keycloak.session;

import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * Registers the listener that ends a user's sessions when an admin takes away a group or role, or disables the user,
 * and delivers every back-channel logout a second time, retried while the receiver is unreachable.
 * A realm enables it by listing {@value #PROVIDER_ID} in its event listeners (Realm settings → Events → Event
 * listeners); admin events reach listeners whether or not the realm stores them.
 */
public final class SessionEndingEventListenerFactory implements EventListenerProviderFactory {

    public static final String PROVIDER_ID = "frontgate-session-end";

    private LogoutRedelivery redelivery;

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new SessionEndingEventListener(session, redelivery);
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        redelivery = new LogoutRedelivery(factory);
    }

    @Override
    public void close() {
        if (redelivery != null) {
            redelivery.close();
        }
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
