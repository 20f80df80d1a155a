import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser signed in to one frontend client: it logs in once, then each {@link #codeFlow()} is what the SPA does on
 * every sign-in with a live SSO session: an authorization request (answered with a code, no login page) and the code
 * exchange at the token endpoint. Cookies are kept by hand because Keycloak marks them Secure even on localhost.
 */
final class CodeFlowClient {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpClient http;
    private final String realmUrl;
    private final String clientId;
    private final String scope;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    CodeFlowClient(HttpClient http, String realmUrl, String clientId, String scope) {
        this.http = http;
        this.realmUrl = realmUrl;
        this.clientId = clientId;
        this.scope = scope;
    }

    void login(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = send(HttpRequest.newBuilder(authorizationUri(challengeOf(newVerifier()))).GET());
        Matcher action = FORM_ACTION.matcher(page.body());
        if (!action.find()) {
            throw new IllegalStateException("No login page: HTTP " + page.statusCode());
        }
        String form = form(Map.of("username", username, "password", password, "credentialId", ""));
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (answer.statusCode() != 302) {
            throw new IllegalStateException("Login of " + username + " failed: HTTP " + answer.statusCode());
        }
    }

    /** One authorization request plus code exchange; returns the nanoseconds the token endpoint took. */
    long codeFlow() throws IOException, InterruptedException {
        String verifier = newVerifier();
        HttpResponse<String> redirect = send(HttpRequest.newBuilder(authorizationUri(challengeOf(verifier))).GET());
        String location = redirect.headers().firstValue("Location").orElse("");
        String code = parameter(location, "code");
        if (code == null) {
            throw new IllegalStateException("No code: HTTP " + redirect.statusCode() + " " + location);
        }
        String form = form(Map.of("grant_type", "authorization_code", "client_id", clientId,
                "redirect_uri", "http://localhost:5173/callback", "code", code, "code_verifier", verifier));
        long start = System.nanoTime();
        HttpResponse<String> tokens = send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        long took = System.nanoTime() - start;
        if (tokens.statusCode() != 200 || !tokens.body().contains("\"access_token\"")) {
            throw new IllegalStateException("Code exchange failed: HTTP " + tokens.statusCode() + " " + tokens.body());
        }
        return took;
    }

    private URI authorizationUri(String challenge) {
        return URI.create(realmUrl + "/protocol/openid-connect/auth?" + form(Map.of("client_id", clientId,
                "redirect_uri", "http://localhost:5173/callback", "response_type", "code", "scope", scope,
                "state", "bench", "code_challenge", challenge, "code_challenge_method", "S256")));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        response.headers().allValues("Set-Cookie").forEach(cookie -> {
            String[] nameValue = cookie.split(";", 2)[0].split("=", 2);
            if (nameValue.length == 2 && !nameValue[1].isEmpty()) {
                cookies.put(nameValue[0].trim(), nameValue[1].trim());
            }
        });
        return response;
    }

    private static String parameter(String url, String name) {
        int query = url.indexOf('?');
        if (query < 0) {
            return null;
        }
        for (String pair : url.substring(query + 1).split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv[0].equals(name) && kv.length == 2) {
                return URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String newVerifier() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challengeOf(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
