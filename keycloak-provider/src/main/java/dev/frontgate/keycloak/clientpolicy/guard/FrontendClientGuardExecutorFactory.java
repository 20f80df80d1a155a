package dev.frontgate.keycloak.clientpolicy.guard;

import java.util.List;

import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;

import dev.frontgate.keycloak.common.StatelessExecutorFactory;

/** Registers the frontend client guard as a client-policy executor (Realm settings → Client policies → Profiles). */
public final class FrontendClientGuardExecutorFactory extends StatelessExecutorFactory {

    public static final String PROVIDER_ID = "frontend-client-guard";

    private static final String HELP_TEXT =
            "Frontgate frontend client guard: keeps a browser client public, on the standard flow with PKCE S256, "
            + "with exact redirect URIs and explicit web origins, and limits the scopes it may request.";

    private static final List<ProviderConfigProperty> CONFIG_PROPERTIES = ProviderConfigurationBuilder.create()
            .property().name(GuardSettings.ALLOWED_SCOPES).label("Allowed scopes")
            .type(ProviderConfigProperty.MULTIVALUED_STRING_TYPE)
            .defaultValue(String.join(" ", GuardSettings.DEFAULT_ALLOWED_SCOPES))
            .helpText("Scopes a guarded client may put into the scope parameter of an authorization request. "
                    + "Any other scope is refused with invalid_scope naming it. 'openid' is always allowed. "
                    + "One scope per entry; an entry may also hold several scopes separated by spaces.")
            .add()
            .property().name(GuardSettings.PATH_WILDCARD_HOSTS).label("Hosts allowed a path wildcard")
            .type(ProviderConfigProperty.MULTIVALUED_STRING_TYPE)
            .defaultValue(String.join(" ", GuardSettings.DEFAULT_PATH_WILDCARD_HOSTS))
            .helpText("Hosts whose redirect URIs may end in a path wildcard such as http://localhost:5173/*. "
                    + "Every other redirect URI must be exact. A wildcard in the host itself is always refused. "
                    + "Leave empty to allow no path wildcard at all.")
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

    @Override
    public ClientPolicyExecutorProvider<?> create(KeycloakSession session) {
        return new FrontendClientGuardExecutor();
    }
}
