package dev.frontgate.keycloak.session;

import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * Registers the listener that ends a user's sessions when an admin takes away a group or role, or disables the user.
 * A realm enables it by listing {@value #PROVIDER_ID} in its event listeners (Realm settings → Events → Event
 * listeners); admin events reach listeners whether or not the realm stores them.
 */
public final class SessionEndingEventListenerFactory implements EventListenerProviderFactory {

    public static final String PROVIDER_ID = "frontgate-session-end";

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new SessionEndingEventListener(session);
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
