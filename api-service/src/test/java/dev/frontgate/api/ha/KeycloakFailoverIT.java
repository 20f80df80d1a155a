package dev.frontgate.api.ha;

import dev.frontgate.testing.keycloak.KeycloakServer;
import dev.frontgate.testing.keycloak.WithKeycloak;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Keycloak cluster of the HA stack ({@code launcher/ha-test.sh} runs it with {@code -Dfrontgate.ha=true}): the
 * nodes form one cluster, a session signed in through the balancer refreshes on another node directly, and losing a
 * node in the middle of a refresh loop costs at most one refresh and no session.
 */
@WithKeycloak
@EnabledIfSystemProperty(named = "frontgate.ha", matches = "true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeycloakFailoverIT {

    private static final int SESSIONS = 4;
    private static final Duration LOOP = Duration.ofSeconds(30);
    private static final Duration KILL_AFTER = Duration.ofSeconds(8);

    private final HaStack stack = new HaStack();

    @Test
    @Order(1)
    void everyNodeSeesTheWholeCluster() {
        assertThat(stack.launcher("status").lines().filter(line -> line.startsWith("keycloak-")))
                .hasSize(stack.env().keycloakNodes().size())
                .allSatisfy(line -> assertThat(line).contains("ready; cluster: "
                        + stack.env().keycloakNodes().size() + " members"));
    }

    @Test
    @Order(2)
    void sessionSignedInThroughTheBalancerRefreshesOnTheSecondNodeDirectly(KeycloakServer keycloak) {
        TokenRefresh session = new TokenRefresh(keycloak.pkce().login("bob", "openid read groups"));

        HttpResponse<String> answer = session.at(stack.env().keycloakNodes().get(1));

        assertThat(answer).isNotNull();
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(session.tokens().claims()).containsEntry("iss", keycloak.issuer());
    }

    @Test
    @Order(3)
    void killingANodeDuringARefreshLoopCostsAtMostOneRefreshAndNoSession(KeycloakServer keycloak) throws Exception {
        List<TokenRefresh> sessions = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            sessions.add(new TokenRefresh(keycloak.pkce().login(i % 2 == 0 ? "alice" : "bob", "openid read")));
        }
        List<String> failures = new ArrayList<>();
        int refreshes = 0;
        Instant start = Instant.now();
        boolean killed = false;
        while (Duration.between(start, Instant.now()).compareTo(LOOP) < 0) {
            if (!killed && Duration.between(start, Instant.now()).compareTo(KILL_AFTER) > 0) {
                stack.launcher("kill", "keycloak-1");
                killed = true;
            }
            TokenRefresh session = sessions.get(refreshes++ % SESSIONS);
            HttpResponse<String> answer = session.at(keycloak.baseUrl());
            if (answer == null || answer.statusCode() != 200) {
                failures.add(answer == null ? "no answer" : answer.statusCode() + " " + answer.body());
            }
            Thread.sleep(100);
        }
        System.out.printf("refresh loop: %d refreshes, %d failed around the kill of keycloak-1: %s%n",
                refreshes, failures.size(), failures);

        assertThat(killed).isTrue();
        assertThat(failures).hasSizeLessThanOrEqualTo(1);
        for (TokenRefresh session : sessions) {
            assertThat(session.at(keycloak.baseUrl()).statusCode()).as("every session survives").isEqualTo(200);
        }

        stack.launcher("start", "keycloak-1");
        TokenRefresh rejoined = sessions.getFirst();
        assertThat(rejoined.at(stack.env().keycloakNodes().getFirst()).statusCode())
                .as("a session refreshes on the node that rejoined").isEqualTo(200);
        everyNodeSeesTheWholeCluster();
    }
}
