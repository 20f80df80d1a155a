package dev.frontgate.api.session;

import dev.frontgate.api.support.Api;
import dev.frontgate.api.support.KeycloakBackedTest;
import dev.frontgate.api.support.Pause;
import dev.frontgate.api.support.TestDatabase;
import dev.frontgate.testing.keycloak.Tokens;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.UserRepresentation;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-out, an admin's sign-out and the loss of {@code editors} end access on both replicas of the service, for a
 * token the verified-token cache already holds. Keycloak sends its back-channel logout to replica one (through
 * {@link LogoutTokenCapture}); replica two learns it from the shared table.
 */
@MicronautTest
class SessionEndIT extends KeycloakBackedTest {

    /** The promise for a sign-out; the logout reaches replica one before Keycloak answers. */
    private static final Duration SIGN_OUT_WITHIN = Duration.ofSeconds(2);
    private static final Duration ENTITLEMENT_LOSS_WITHIN = Duration.ofSeconds(5);
    /** The provider's retries pause 1, 2, 4 … s; a generous bound, as the point is that it arrives at all. */
    private static final Duration REDELIVERY_WITHIN = Duration.ofSeconds(30);

    private LogoutTokenCapture capture;
    private FrontendClients frontendClients;

    @BeforeAll
    void pointKeycloakAtTheService() {
        secondReplica(); // both replicas run before any session ends
        capture = new LogoutTokenCapture(server.getURI().resolve("/backchannel-logout"));
        frontendClients = new FrontendClients(keycloak, capture.url());
    }

    @AfterAll
    void restoreTheRealm() {
        frontendClients.close();
        capture.close();
        TestDatabase.deleteEndedSessions();
    }

    @Test
    void aliceSignsOutAndBothReplicasRefuseHerRememberedToken() {
        Tokens alice = keycloak.pkce().login("alice", "openid read groups");
        Tokens otherSession = keycloak.pkce().login("alice", "openid read groups");
        replicas().forEach(api -> assertThat(api.get("/api/me", alice.accessToken()).statusCode()).isEqualTo(200));

        assertThat(endSession(alice).statusCode()).isEqualTo(302);

        replicas().forEach(api -> assertRefusedWithin(api, "GET", "/api/me", alice.accessToken(), SIGN_OUT_WITHIN));
        replicas().forEach(api -> assertThat(api.get("/api/me", otherSession.accessToken()).statusCode())
                .as("alice's other session").isEqualTo(200));
    }

    @Test
    void theAdminSignsCarolOutAndBothReplicasRefuseHerRememberedToken() {
        Tokens carol = keycloak.pkce().login("carol", "openid read groups");
        replicas().forEach(api -> assertThat(api.get("/api/notes", carol.accessToken()).statusCode()).isEqualTo(200));

        user("carol").logout();

        replicas().forEach(api -> assertRefusedWithin(api, "GET", "/api/notes", carol.accessToken(),
                SIGN_OUT_WITHIN));
    }

    @Test
    void bobRemovedFromEditorsCanNoLongerWrite() {
        String editors = keycloak.admin().realm(keycloak.realm()).getGroupByPath("/editors").getId();
        UserResource bob = user("bob");
        bob.joinGroup(editors);
        try {
            Tokens writer = keycloak.pkce().login("bob", "openid read write");
            assertThat(writer.scopes()).contains("write");
            replicas().forEach(api -> assertThat(api.send("POST", "/api/notes", writer.accessToken(), note())
                    .statusCode()).isEqualTo(201));

            bob.leaveGroup(editors);

            replicas().forEach(api -> assertRefusedWithin(api, "POST", "/api/notes", writer.accessToken(),
                    ENTITLEMENT_LOSS_WITHIN));
        } finally {
            if (bob.groups().stream().anyMatch(group -> group.getId().equals(editors))) {
                bob.leaveGroup(editors);
            }
        }
    }

    @Test
    void disablingCarolEndsHerAccess() {
        UserResource carol = user("carol");
        Tokens tokens = keycloak.pkce().login("carol", "openid read");
        replicas().forEach(api -> assertThat(api.get("/api/notes", tokens.accessToken()).statusCode()).isEqualTo(200));
        UserRepresentation enabled = carol.toRepresentation();

        UserRepresentation disabled = carol.toRepresentation();
        disabled.setEnabled(false);
        carol.update(disabled);
        try {
            replicas().forEach(api -> assertRefusedWithin(api, "GET", "/api/notes", tokens.accessToken(),
                    ENTITLEMENT_LOSS_WITHIN));
        } finally {
            carol.update(enabled);
        }
    }

    @Test
    void aRealLogoutTokenReplayedForgedUnsignedOrForAnotherAudienceIsRefusedAndEndsNothing() throws Exception {
        Tokens alice = keycloak.pkce().login("alice", "openid read");
        Object sid = alice.claims().get("sid");
        assertThat(endSession(alice).statusCode()).isEqualTo(302);
        String real = capture.tokens().stream().filter(token -> sid.equals(Tokens.claimsOf(token).get("sid")))
                .findFirst().orElseThrow();
        assertThat(Tokens.claimsOf(real)).containsEntry("aud", "react-frontend").containsKey("events")
                .doesNotContainKey("nonce");
        Tokens bystander = keycloak.pkce().login("alice", "openid read");
        String bystanderSid = (String) bystander.claims().get("sid");
        replicas().forEach(api -> assertThat(api.get("/api/me", bystander.accessToken()).statusCode())
                .isEqualTo(200));
        TamperedLogoutTokens tampered = new TamperedLogoutTokens(real, bystanderSid);

        for (String bad : List.of(real, tampered.forAnotherAudience(), tampered.signedByAnotherKey(),
                tampered.unsigned())) {
            HttpResponse<String> refused = api().send(api().request("/backchannel-logout")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(LogoutTokens.form(bad))));
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            assertThat(refused.body()).startsWith("{\"error\":\"invalid_request\"");
        }

        assertThat(TestDatabase.endedSessionsOf(bystanderSid)).isZero();
        replicas().forEach(api -> assertThat(api.get("/api/me", bystander.accessToken()).statusCode())
                .as("the session the bad tokens aimed at").isEqualTo(200));
    }

    @Test
    void aLogoutTheServiceMissedIsDeliveredAgainOnceItIsBack() {
        Tokens alice = keycloak.pkce().login("alice", "openid read");
        assertThat(api().get("/api/me", alice.accessToken()).statusCode()).isEqualTo(200);
        int sentBefore = capture.tokens().size();

        capture.unreachable(true);
        try {
            assertThat(endSession(alice).statusCode()).isEqualTo(302);
            awaitMoreLogoutTokensThan(sentBefore + 1);
            assertThat(api().get("/api/me", alice.accessToken()).statusCode())
                    .as("nothing reached the service yet").isEqualTo(200);
        } finally {
            capture.unreachable(false);
        }

        replicas().forEach(api -> assertRefusedWithin(api, "GET", "/api/me", alice.accessToken(),
                REDELIVERY_WITHIN));
    }

    /** Keycloak's own attempt and the provider's first one have both been turned away. */
    private void awaitMoreLogoutTokensThan(int count) {
        Instant deadline = Instant.now().plus(REDELIVERY_WITHIN);
        while (capture.tokens().size() <= count && Instant.now().isBefore(deadline)) {
            Pause.of(Duration.ofMillis(50));
        }
        assertThat(capture.tokens()).hasSizeGreaterThan(count);
    }

    private List<Api> replicas() {
        return List.of(api(), secondReplica());
    }

    private UserResource user(String username) {
        var users = keycloak.admin().realm(keycloak.realm()).users();
        return users.get(users.searchByUsername(username, true).getFirst().getId());
    }

    /** RP-initiated logout at Keycloak's end-session endpoint, as the React app's sign-out does it. */
    HttpResponse<String> endSession(Tokens tokens) {
        String url = keycloak.issuer() + "/protocol/openid-connect/logout?id_token_hint=" + encode(tokens.idToken())
                + "&post_logout_redirect_uri=" + encode("http://localhost:5173/");
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Asks until the token is refused as belonging to an ended session, failing when that takes longer than said. */
    private static void assertRefusedWithin(Api api, String method, String path, String token, Duration within) {
        Instant start = Instant.now();
        HttpResponse<String> response = api.send(method, path, token, method.equals("POST") ? note() : null);
        while (response.statusCode() != 401 && Duration.between(start, Instant.now()).compareTo(within) < 0) {
            Pause.of(Duration.ofMillis(50));
            response = api.send(method, path, token, method.equals("POST") ? note() : null);
        }
        assertThat(response.statusCode()).as("%s %s %s after the session ended", method, path, response.body())
                .isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow())
                .contains("error=\"invalid_token\", error_description=\"the session has ended\"");
    }

    private static String note() {
        return "{\"title\":\"written while entitled\",\"body\":\"b\"}";
    }


    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
