package dev.frontgate.keycloak.clientpolicy.entitlement;

import dev.frontgate.keycloak.clientpolicy.ProfileExecutorFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;

import java.util.List;

/** Registers scope entitlement as a client-policy executor (Realm settings → Client policies → Profiles). */
public final class ScopeEntitlementExecutorFactory extends ProfileExecutorFactory {

    public static final String PROVIDER_ID = "scope-entitlement";

    private static final String HELP_TEXT =
            "Frontgate scope entitlement: issues a scope only to users holding the realm role it requires; "
            + "others get a token without it (with the reason in the log) or a refusal.";

    private static final List<ProviderConfigProperty> CONFIG_PROPERTIES = ProviderConfigurationBuilder.create()
            .property().name(EntitlementSettings.SCOPE_ROLES).label("Scope to required realm role")
            .type(ProviderConfigProperty.MULTIVALUED_STRING_TYPE)
            .defaultValue(String.join(" ", EntitlementSettings.DEFAULT_SCOPE_ROLES))
            .helpText("Entries of the form scope:role, e.g. write:editor. A user asking for the scope gets it only "
                    + "when holding the realm role, directly, through a group or through a composite role.")
            .add()
            .property().name(EntitlementSettings.ON_MISSING_ROLE).label("When the role is missing")
            .type(ProviderConfigProperty.LIST_TYPE)
            .options(MissingRoleAction.choices())
            .defaultValue(EntitlementSettings.DEFAULT_ON_MISSING_ROLE.value())
            .helpText("withhold: issue the token without the scope and log the reason (needs the role mapped "
                    + "in the client scope's Scope tab, otherwise the request is refused). "
                    + "refuse: refuse the token request with an error naming the scope and the role.")
            .add()
            .build();

    public ScopeEntitlementExecutorFactory() {
        super(PROVIDER_ID, HELP_TEXT, CONFIG_PROPERTIES);
    }

    @Override
    public ClientPolicyExecutorProvider<?> create(KeycloakSession session) {
        return new ScopeEntitlementExecutor();
    }
}
