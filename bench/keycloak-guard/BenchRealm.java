import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares the comparison on one Keycloak through the admin REST API: a twin of react-frontend, "bench-unguarded",
 * marked with the client attribute bench.unguarded=true; the frontgate policy skips marked clients, and a second
 * policy gives them a profile without executors. Both clients thus pass the same kind of policy evaluation, and only
 * the executors differ. {@link #restore()} puts the realm's policies back.
 */
final class BenchRealm {

    static final String GUARDED_CLIENT = "react-frontend";
    static final String UNGUARDED_CLIENT = "bench-unguarded";

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final String MARK = "\"[{\\\"key\\\":\\\"bench.unguarded\\\",\\\"value\\\":\\\"true\\\"}]\"";
    private static final String PUBLIC = "{\"condition\":\"client-access-type\",\"configuration\":{\"type\":[\"public\"]}}";
    private static final String POLICIES = """
            {"policies":[
             {"name":"frontgate-frontend-clients","enabled":true,"profiles":["frontgate-frontend"],"conditions":[%s,
              {"condition":"client-attributes","configuration":{"is-negative-logic":true,"attributes":%s}}]},
             {"name":"bench-unguarded","enabled":true,"profiles":["%s"],"conditions":[%s,
              {"condition":"client-attributes","configuration":{"attributes":%s}}]}]}""";
    /** The twin's profile; -Dbench.twin-profile=frontgate-frontend gives an A/A run that shows the setup's own bias. */
    private static final String TWIN_PROFILE = System.getProperty("bench.twin-profile", "bench-no-guard");
    private static final String UNGUARDED_PROFILE = "{\"name\":\"bench-no-guard\",\"executors\":[]},";
    private static final String TWIN = """
            {"clientId":"bench-unguarded","publicClient":true,"standardFlowEnabled":true,"directAccessGrantsEnabled":false,
             "redirectUris":["http://localhost:5173/*"],"webOrigins":["http://localhost:5173"],
             "attributes":{"pkce.code.challenge.method":"S256","bench.unguarded":"true"},
             "defaultClientScopes":["basic","web-origins","acr","profile","email","roles"],
             "optionalClientScopes":["read","write","groups"]}""";

    private final HttpClient http;
    private final String baseUrl;
    private String originalPolicies;

    BenchRealm(HttpClient http, String baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl;
    }

    void install() throws IOException, InterruptedException {
        originalPolicies = send("GET", "/client-policies/policies", null);
        String profiles = send("GET", "/client-policies/profiles", null);
        if (!profiles.contains("bench-no-guard")) {
            send("PUT", "/client-policies/profiles", profiles.replaceFirst("\"profiles\"\\s*:\\s*\\[",
                    Matcher.quoteReplacement("\"profiles\":[" + UNGUARDED_PROFILE)));
        }
        if (send("GET", "/clients?clientId=" + UNGUARDED_CLIENT, null).equals("[]")) {
            send("POST", "/clients", TWIN);
        }
        send("PUT", "/client-policies/policies", POLICIES.formatted(PUBLIC, MARK, TWIN_PROFILE, PUBLIC, MARK));
    }

    void restore() throws IOException, InterruptedException {
        if (originalPolicies != null) {
            send("PUT", "/client-policies/policies", originalPolicies);
        }
    }

    private String send(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/admin/realms/frontgate" + path))
                .header("Authorization", "Bearer " + adminToken())
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        return check(http.send(request.build(), HttpResponse.BodyHandlers.ofString())).body();
    }

    /** A fresh token per call: master's admin tokens live one minute. */
    private String adminToken() throws IOException, InterruptedException {
        HttpResponse<String> response = check(http.send(HttpRequest.newBuilder(
                        URI.create(baseUrl + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=admin-cli&username=admin&password=admin"))
                .build(), HttpResponse.BodyHandlers.ofString()));
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (!token.find()) {
            throw new IllegalStateException("No admin token");
        }
        return token.group(1);
    }

    private static HttpResponse<String> check(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("Admin REST " + response.request().method() + " "
                    + response.request().uri() + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return response;
    }
}
