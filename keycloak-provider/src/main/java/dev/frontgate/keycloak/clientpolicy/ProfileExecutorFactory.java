package dev.frontgate.keycloak.clientpolicy;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProviderFactory;

import java.util.List;

/**
 * The factory side of an executor configured only in a client profile: nothing to read from the server
 * configuration and nothing to clean up, only an id, a help text and the form the admin console shows.
 */
public abstract class ProfileExecutorFactory implements ClientPolicyExecutorProviderFactory {

    private final String id;
    private final String helpText;
    private final List<ProviderConfigProperty> configProperties;

    protected ProfileExecutorFactory(String id, String helpText, List<ProviderConfigProperty> configProperties) {
        this.id = id;
        this.helpText = helpText;
        this.configProperties = List.copyOf(configProperties);
    }

    @Override
    public final void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public final void close() {
    }

    @Override
    public final String getId() {
        return id;
    }

    @Override
    public final String getHelpText() {
        return helpText;
    }

    @Override
    public final List<ProviderConfigProperty> getConfigProperties() {
        return configProperties;
    }
}
