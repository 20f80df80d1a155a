package dev.frontgate.keycloak.clientpolicy.guard;

import dev.frontgate.keycloak.clientpolicy.ProfileExecutorFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;

import java.util.List;

/** Registers the frontend client guard as a client-policy executor (Realm settings → Client policies → Profiles). */
public final class FrontendClientGuardExecutorFactory extends ProfileExecutorFactory {

    public static final String PROVIDER_ID = "frontend-client-guard";

    private static final String HELP_TEXT =
            "Frontgate frontend client guard: keeps a browser client public, on the standard flow with PKCE S256, "
            + "with exact URLs, explicit web origins, the API's back-channel logout URL only, no full scope and no "
            + "mappers of its own, and limits the scopes it has and may request.";

    private static final List<ProviderConfigProperty> CONFIG_PROPERTIES = ProviderConfigurationBuilder.create()
            .property().name(GuardSettings.ALLOWED_SCOPES).label("Allowed scopes")
            .type(ProviderConfigProperty.MULTIVALUED_STRING_TYPE)
            .defaultValue(String.join(" ", GuardSettings.DEFAULT_ALLOWED_SCOPES))
            .helpText("Scopes a guarded client may put into the scope parameter of an authorization request, and "
                    + "the only client scopes it may have as optional scopes. Any other requested scope is refused "
                    + "with invalid_scope naming it. 'openid' is always allowed. One scope per entry; an entry may "
                    + "also hold several scopes separated by spaces.")
            .add()
            .property().name(GuardSettings.DEFAULT_SCOPES).label("Allowed default client scopes")
            .type(ProviderConfigProperty.MULTIVALUED_STRING_TYPE)
            .defaultValue(String.join(" ", GuardSettings.DEFAULT_DEFAULT_SCOPES))
            .helpText("Client scopes a guarded client may have as default scopes. A default scope goes into every "
                    + "token without being requested, so an API scope such as write does not belong here.")
            .add()
            .property().name(GuardSettings.PATH_WILDCARD_HOSTS).label("Hosts allowed a path wildcard")
            .type(ProviderConfigProperty.MULTIVALUED_STRING_TYPE)
            .defaultValue(String.join(" ", GuardSettings.DEFAULT_PATH_WILDCARD_HOSTS))
            .helpText("Hosts whose redirect and post-logout redirect URIs may end in a path wildcard such as "
                    + "http://localhost:5173/*. Every other URL must be exact. A wildcard in the host itself is "
                    + "always refused. Leave empty to allow no path wildcard at all.")
            .add()
            .property().name(GuardSettings.BACKCHANNEL_LOGOUT_URL).label("API back-channel logout URL")
            .type(ProviderConfigProperty.STRING_TYPE)
            .defaultValue("")
            .helpText("The one back-channel logout URL a guarded client may have: the API's endpoint that ends "
                    + "its sessions (for example http://localhost:8280/backchannel-logout), with 'Backchannel "
                    + "logout session required' on. Any other URL is refused; empty allows none.")
            .add()
            .property().name(GuardSettings.EXEMPT_CLIENTS).label("Exempt clients")
            .type(ProviderConfigProperty.MULTIVALUED_STRING_TYPE)
            .defaultValue("")
            .helpText("Client IDs this guard does not judge at all (no rule on saves, no check of their "
                    + "authorization requests). Meant only for Keycloak's own built-in clients that a realm keeps as "
                    + "Keycloak made them; write the reason for each into the profile's description.")
            .add()
            .property().name(GuardSettings.REQUIRE_DPOP).label("Require DPoP")
            .type(ProviderConfigProperty.BOOLEAN_TYPE)
            .defaultValue("false")
            .helpText("On: a guarded client must have 'OAuth 2.0 DPoP Bound Access Tokens' on (Advanced tab), so "
                    + "Keycloak binds its tokens to a key the browser holds (RFC 9449) and a copied token is useless "
                    + "without a fresh proof of that key. A change that turns it off is refused.")
            .add()
            .property().name(GuardSettings.DPOP_EXEMPT_CLIENTS).label("Clients exempt from DPoP")
            .type(ProviderConfigProperty.MULTIVALUED_STRING_TYPE)
            .defaultValue("")
            .helpText("Client ids that may keep Bearer tokens although 'Require DPoP' is on, such as an API's "
                    + "Swagger UI, which cannot sign DPoP proofs. Their tokens can be replayed by whoever copies them.")
            .add()
            .build();

    public FrontendClientGuardExecutorFactory() {
        super(PROVIDER_ID, HELP_TEXT, CONFIG_PROPERTIES);
    }

    /** Client-policy events miss some paths that save a client; the model's own update event catches them. */
    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(new SavedClientCheck());
    }

    @Override
    public ClientPolicyExecutorProvider<?> create(KeycloakSession session) {
        return new FrontendClientGuardExecutor(session);
    }
}
