package dev.frontgate.testing.keycloak;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Authorization Code + PKCE (S256) flow over HTTP, as the React app's browser does it: authorization request,
 * Keycloak's login form, the redirect with the code, and the code exchange with the {@code code_verifier}. Like the
 * app, the code exchange and refreshes of {@code react-frontend} carry a DPoP proof of a new key per sign-in, so its
 * tokens are DPoP-bound ({@link Tokens#dpopKey()}); other clients get Bearer tokens unless {@link #withDpopKey}.
 */
public final class PkceFlow {

    public static final String FRONTEND_CLIENT = StackEnv.clientId();
    public static final String FRONTEND_REDIRECT = StackEnv.redirectUri();
    /** The API's Swagger UI: a public client whose tokens are plain Bearer tokens. */
    public static final String API_DOCS_CLIENT = "api-docs";
    public static final String API_DOCS_REDIRECT = "http://localhost:8280/swagger-ui/oauth2-redirect.html";
    private static final Pattern LOGIN_FORM_ACTION =
            Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"", Pattern.DOTALL);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeycloakServer keycloak;
    private final BrowserSession browser;
    /** The key a client's tokens get bound to, or null for Bearer tokens. */
    private final Function<String, DpopKey> dpopKeyOf;

    PkceFlow(KeycloakServer keycloak) {
        this(keycloak, new BrowserSession(), client -> FRONTEND_CLIENT.equals(client) ? DpopKey.generate() : null);
    }

    private PkceFlow(KeycloakServer keycloak, BrowserSession browser, Function<String, DpopKey> dpopKeyOf) {
        this.keycloak = keycloak;
        this.browser = browser;
        this.dpopKeyOf = dpopKeyOf;
    }

    /** The same browser, binding every client's tokens to {@code key}. */
    public PkceFlow withDpopKey(DpopKey key) {
        return new PkceFlow(keycloak, browser, client -> key);
    }

    /** The same browser, sending no DPoP proof: what a client unaware of DPoP does. */
    public PkceFlow withoutDpop() {
        return new PkceFlow(keycloak, browser, client -> null);
    }

    /** Signs in a demo user (password {@code <username>-demo}) to {@code react-frontend} and returns the tokens. */
    public Tokens login(String username, String scope) {
        return login(FRONTEND_CLIENT, FRONTEND_REDIRECT, username, username + "-demo", scope);
    }

    /**
     * Signs in a demo user to {@code api-docs}: a Bearer token, what a load generator replaying one header sends
     * (react-frontend's tokens are DPoP-bound and need a proof per request).
     */
    public Tokens bearerLogin(String username, String scope) {
        return login(API_DOCS_CLIENT, API_DOCS_REDIRECT, username, username + "-demo", scope);
    }

    public Tokens login(String clientId, String redirectUri, String username, String password, String scope) {
        DpopKey key = dpopKeyOf.apply(clientId);
        HttpResponse<String> response = codeExchange(clientId, redirectUri, username, password, scope, key);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Code exchange refused: " + response.statusCode() + " " + response.body());
        }
        return Tokens.fromJson(response.body(), key);
    }

    /** The refresh-token grant, with a proof of the same key when the tokens are DPoP-bound. */
    public Tokens refresh(Tokens tokens) {
        String clientId = String.valueOf(tokens.claims().get("azp"));
        HttpResponse<String> response = tokenRequest(Map.of("grant_type", "refresh_token", "client_id", clientId,
                "refresh_token", tokens.refreshToken()), tokens.dpopKey());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Refresh refused: " + response.statusCode() + " " + response.body());
        }
        return Tokens.fromJson(response.body(), tokens.dpopKey());
    }

    /** Signs a demo user in to {@code react-frontend} and returns the token endpoint's answer as it is. */
    public HttpResponse<String> codeExchange(String username, String scope) {
        return codeExchange(FRONTEND_CLIENT, FRONTEND_REDIRECT, username, username + "-demo", scope);
    }

    /** Signs in and sends the code exchange, returning the token endpoint's answer as it is (also a refusal). */
    public HttpResponse<String> codeExchange(String clientId, String redirectUri, String username, String password,
                                             String scope) {
        return codeExchange(clientId, redirectUri, username, password, scope, dpopKeyOf.apply(clientId));
    }

    private HttpResponse<String> codeExchange(String clientId, String redirectUri, String username, String password,
                                              String scope, DpopKey dpopKey) {
        String verifier = newVerifier();
        Map<String, String> params = withS256Challenge(authorizationRequest(clientId, redirectUri, scope), verifier);
        params.put("nonce", UUID.randomUUID().toString());
        AuthorizationResult loginPage = authorize(params);
        if (!loginPage.isLoginPage()) {
            throw new IllegalStateException("Expected Keycloak's login page, got " + describe(loginPage));
        }
        AuthorizationResult afterLogin = submitLogin(loginPage, username, password);
        String code = afterLogin.redirectParameter("code").orElseThrow(() ->
                new IllegalStateException("Login of " + username + " gave no code: " + describe(afterLogin)));
        return tokenRequest(Map.of("grant_type", "authorization_code", "client_id", clientId,
                "redirect_uri", redirectUri, "code", code, "code_verifier", verifier), dpopKey);
    }

    /** The parameters of a code-flow authorization request without PKCE, in a map the caller may change. */
    public static Map<String, String> authorizationRequest(String clientId, String redirectUri, String scope) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("client_id", clientId);
        params.put("redirect_uri", redirectUri);
        params.put("response_type", "code");
        params.put("scope", scope);
        params.put("state", UUID.randomUUID().toString());
        return params;
    }

    /** A copy of {@code request} with the S256 challenge of {@code verifier}, as a compliant frontend sends it. */
    public static Map<String, String> withS256Challenge(Map<String, String> request, String verifier) {
        Map<String, String> params = new LinkedHashMap<>(request);
        params.put("code_challenge", challengeOf(verifier));
        params.put("code_challenge_method", "S256");
        return params;
    }

    /** Sends one authorization request as given (no PKCE added) and returns Keycloak's first answer. */
    public AuthorizationResult authorize(Map<String, String> params) {
        return result(browser.get(keycloak.authorizationUrl() + "?" + BrowserSession.formBody(params)));
    }

    /** Fills in and submits the login form of a login page that {@link #authorize} returned. */
    public AuthorizationResult submitLogin(AuthorizationResult loginPage, String username, String password) {
        Matcher action = LOGIN_FORM_ACTION.matcher(loginPage.body());
        if (!action.find()) {
            throw new IllegalStateException("No login form in: " + describe(loginPage));
        }
        return result(browser.postForm(HtmlText.unescape(action.group(1)),
                Map.of("username", username, "password", password, "credentialId", "")));
    }

    /** Posts any form to the token endpoint, for grants the tests expect Keycloak to refuse. */
    public HttpResponse<String> tokenRequest(Map<String, String> form) {
        return tokenRequest(form, null);
    }

    /** Posts a form to the token endpoint with a fresh proof of {@code dpopKey}, or none when it is null. */
    public HttpResponse<String> tokenRequest(Map<String, String> form, DpopKey dpopKey) {
        Map<String, String> headers = dpopKey == null
                ? Map.of() : Map.of("DPoP", dpopKey.proof("POST", keycloak.tokenUrl()));
        return browser.postForm(keycloak.tokenUrl(), form, headers);
    }

    public static String newVerifier() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String challengeOf(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static AuthorizationResult result(HttpResponse<String> response) {
        return new AuthorizationResult(response.statusCode(),
                response.headers().firstValue("Location").orElse(null), response.body());
    }

    private static String describe(AuthorizationResult result) {
        String message = result.errorPageMessage().or(result::redirectError).orElse("");
        return "HTTP " + result.status() + (result.location() != null ? " -> " + result.location() : "")
                + (message.isEmpty() ? "" : " (" + message + ")");
    }
}
