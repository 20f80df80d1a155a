package dev.frontgate.api.docs;

import dev.frontgate.api.security.Scopes;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.OAuthFlow;
import io.swagger.v3.oas.annotations.security.OAuthFlows;
import io.swagger.v3.oas.annotations.security.OAuthScope;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/**
 * The document-wide parts of the OpenAPI document that micronaut-openapi writes at compile time. Keycloak's URLs
 * are written with {@value #ISSUER_PLACEHOLDER} because the issuer is only known at run time (it differs between
 * the local stack, containers and tests); {@link OpenApiController} puts the configured issuer in. The scope
 * descriptions are the realm's; ApiDocsContractTest keeps them equal to realm-config/frontgate-realm.json.
 */
@OpenAPIDefinition(info = @Info(
        title = "Frontgate API",
        version = "0.1",
        description = "Notes shared by group. Every endpoint under /api needs a Keycloak access token of the React "
                + "app (or of these docs) with the scopes listed at the operation. Errors are "
                + "application/problem+json (RFC 9457); 401 and 403 carry an RFC 6750 WWW-Authenticate header. "
                + "The React app's tokens are DPoP-bound (RFC 9449): send them as Authorization: DPoP <token> with a "
                + "fresh DPoP proof header per request; these docs' own tokens are Bearer tokens."))
@SecurityScheme(
        name = ApiDocumentation.DPOP_SCHEME,
        type = SecuritySchemeType.HTTP,
        scheme = "DPoP",
        description = "RFC 9449: Authorization: DPoP <access token> plus a DPoP header holding a fresh proof JWT "
                + "(typ dpop+jwt, ES256/ES384/PS256/RS256, public jwk, htm, htu without query, iat, unique jti, "
                + "ath of the token) signed by the key the token is bound to (cnf.jkt). Required for tokens of "
                + "react-frontend.")
@SecurityScheme(
        name = ApiDocumentation.SCHEME,
        type = SecuritySchemeType.OAUTH2,
        description = "Keycloak, Authorization Code with PKCE (S256) as a public client: no client secret.",
        flows = @OAuthFlows(authorizationCode = @OAuthFlow(
                authorizationUrl = ApiDocumentation.ISSUER_PLACEHOLDER + "/protocol/openid-connect/auth",
                tokenUrl = ApiDocumentation.ISSUER_PLACEHOLDER + "/protocol/openid-connect/token",
                refreshUrl = ApiDocumentation.ISSUER_PLACEHOLDER + "/protocol/openid-connect/token",
                scopes = {
                    @OAuthScope(name = Scopes.READ, description = "Read scope"),
                    @OAuthScope(name = Scopes.WRITE, description = "Write scope"),
                    @OAuthScope(name = Scopes.GROUPS, description = "Access to your groups")
                })))
public final class ApiDocumentation {

    /** The security scheme that operations name in their {@code @SecurityRequirement}. */
    public static final String SCHEME = "keycloak";

    /** How the React app's DPoP-bound tokens are sent (RFC 9449). */
    public static final String DPOP_SCHEME = "dpop";

    static final String ISSUER_PLACEHOLDER = "{issuer}";

    private ApiDocumentation() {
    }
}
