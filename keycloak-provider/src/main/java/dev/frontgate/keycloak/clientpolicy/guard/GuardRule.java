package dev.frontgate.keycloak.clientpolicy.guard;

/**
 * The rules of the frontend client guard. Each refusal names its rule, so that an admin reading the error in the
 * console, or a developer reading {@code error_description}, finds the matching paragraph in the README.
 */
public enum GuardRule {
    PUBLIC_CLIENT("public-client",
            "a frontend client must be public (Client authentication: Off): a browser cannot keep a secret"),
    STANDARD_FLOW_REQUIRED("standard-flow-required",
            "a frontend client signs users in with the standard flow (Authorization Code), so it must stay enabled"),
    NO_IMPLICIT_FLOW("no-implicit-flow",
            "the implicit flow puts tokens into the browser's URL; a frontend client uses Authorization Code + PKCE"),
    NO_DIRECT_ACCESS_GRANTS("no-direct-access-grants",
            "direct access grants let an app collect user passwords; a frontend client must not use them"),
    NO_SERVICE_ACCOUNT("no-service-account",
            "a service account needs a client secret; a frontend client must not have one"),
    NO_DEVICE_GRANT("no-device-grant",
            "a frontend client uses the standard flow only, not the device authorization grant"),
    NO_CIBA_GRANT("no-ciba-grant",
            "a frontend client uses the standard flow only, not client-initiated backchannel authentication"),
    PKCE_S256("pkce-s256",
            "a frontend client must require PKCE with method S256 (Advanced: Proof Key for Code Exchange)"),
    DPOP_REQUIRED("require-dpop",
            "a frontend client's tokens must be DPoP-bound (Advanced: OAuth 2.0 DPoP Bound Access Tokens), so that a "
                    + "copied token is useless without the key the browser holds"),
    NO_HOST_WILDCARD("no-host-wildcard",
            "redirect URIs must name their host exactly; a wildcard host lets any matching site receive codes"),
    PATH_WILDCARD_HOSTS("path-wildcard-hosts",
            "a path wildcard in a redirect URI is allowed only for the hosts listed in 'path-wildcard-hosts'"),
    WELL_FORMED_URLS("well-formed-urls",
            "every URL of a frontend client is an absolute http(s) URL with a plain host and port; user info ('@'), "
                    + "a backslash or characters outside printable ASCII let a browser and Keycloak see two hosts"),
    EXACT_URLS("exact-urls",
            "root, base, admin and logout URLs name one exact URL; a wildcard is allowed only at the end of a "
                    + "redirect URI"),
    BACKCHANNEL_LOGOUT_URL("backchannel-logout-url",
            "the back-channel logout URL of a frontend client is exactly the API's, set in 'backchannel-logout-url', "
                    + "with 'Backchannel logout session required' on; any other URL would receive logout tokens"),
    EXPLICIT_WEB_ORIGINS("explicit-web-origins",
            "web origins must be listed one by one as scheme://host[:port]; '*' lets every site call Keycloak with "
                    + "the user's tokens, '+' silently follows the redirect URIs, 'null' is every sandboxed page"),
    NO_FULL_SCOPE("no-full-scope",
            "a frontend client's tokens carry only the roles in its scope mappings (Full scope allowed: Off)"),
    DEFAULT_SCOPES("default-scopes",
            "default client scopes go into every token without being asked for; only those listed in "
                    + "'default-scopes' may be default scopes of a frontend client"),
    OPTIONAL_SCOPES("optional-scopes",
            "a frontend client's optional client scopes are among the scopes it may request ('allowed-scopes')"),
    NO_OWN_PROTOCOL_MAPPERS("no-own-protocol-mappers",
            "the claims of a frontend client come from its client scopes; a mapper of its own could put any claim, "
                    + "such as a hard-coded 'scope' or 'groups', into its tokens"),
    PKCE_S256_REQUEST("pkce-s256",
            "authorization requests of a frontend client need code_challenge_method=S256 and a code_challenge"),
    ALLOWED_SCOPES("allowed-scopes",
            "a frontend client may request only the scopes listed in 'allowed-scopes'");

    private final String id;
    private final String reason;

    GuardRule(String id, String reason) {
        this.id = id;
        this.reason = reason;
    }

    /** The message shown to whoever is refused: the rule's id, what was wrong, and why the rule exists. */
    public String refusal(String detail) {
        return "Frontend client guard, rule '" + id + "': " + detail + " - " + reason;
    }
}
