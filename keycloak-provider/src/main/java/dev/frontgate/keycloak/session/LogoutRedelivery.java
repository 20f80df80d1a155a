package dev.frontgate.keycloak.session;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.protocol.oidc.OIDCAdvancedConfigWrapper;
import org.keycloak.representations.LogoutToken;
import org.keycloak.util.JsonSerialization;
import org.keycloak.util.TokenUtil;

/**
 * A second, retried delivery of each back-channel logout. Keycloak posts a logout token once, during the logout, and
 * only logs a failure: a resource server that is down at that moment keeps accepting the session's access tokens
 * until they expire. This posts its own logout token (signed by the realm key, as Keycloak's) to every back-channel
 * logout URL of the realm's clients, and tries a failed one again with backoff until the realm's access-token
 * lifespan has passed, when no token of the session is left to refuse. Retries live in this Keycloak node's memory:
 * a restart of the node drops them.
 */
final class LogoutRedelivery implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LogoutRedelivery.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final KeycloakSessionFactory factory;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "frontgate-logout-redelivery");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    LogoutRedelivery(KeycloakSessionFactory factory) {
        this.factory = factory;
    }

    /** Starts delivering; the first attempt is made at once, on this class's own thread. */
    void deliver(EndedSession ended, Duration accessTokenLifespan) {
        RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(1), Duration.ofSeconds(30),
                accessTokenLifespan.plusMinutes(1));
        executor.execute(() -> attempt(ended, schedule, Instant.now(), 0));
    }

    private void attempt(EndedSession ended, RetrySchedule schedule, Instant started, int failures) {
        Map<String, String> tokensByUrl = KeycloakModelUtils.runJobInTransactionWithResult(factory,
                session -> logoutTokensByUrl(session, ended));
        boolean delivered = tokensByUrl.entrySet().stream()
                .allMatch(urlAndToken -> post(urlAndToken.getKey(), urlAndToken.getValue()));
        if (delivered) {
            return;
        }
        schedule.pauseAfter(failures + 1, Duration.between(started, Instant.now())).ifPresentOrElse(
                pause -> executor.schedule(() -> attempt(ended, schedule, started, failures + 1),
                        pause.toMillis(), TimeUnit.MILLISECONDS),
                () -> LOG.warnf("Gave up delivering a back-channel logout in realm %s after %d attempts: every access"
                        + " token of the session has expired by now", ended.realmId(), failures + 1));
    }

    /** One fresh logout token per distinct back-channel logout URL, for the first client that names it. */
    private static Map<String, String> logoutTokensByUrl(KeycloakSession session, EndedSession ended) {
        RealmModel realm = session.realms().getRealm(ended.realmId());
        Map<String, String> tokens = new LinkedHashMap<>();
        if (realm == null) {
            return tokens;
        }
        session.getContext().setRealm(realm);
        realm.getClientsStream().filter(ClientModel::isEnabled).forEach(client -> {
            String url = OIDCAdvancedConfigWrapper.fromClientModel(client).getBackchannelLogoutUrl();
            if (url != null && !url.isBlank() && !tokens.containsKey(url)) {
                tokens.put(url, session.tokens().encode(logoutToken(client, ended)));
            }
        });
        return tokens;
    }

    private static LogoutToken logoutToken(ClientModel client, EndedSession ended) {
        LogoutToken token = new LogoutToken();
        token.id(KeycloakModelUtils.generateId());
        token.issuedNow();
        token.exp(token.getIat() + Duration.ofMinutes(2).toSeconds());
        token.issuer(ended.issuer());
        token.addAudience(client.getClientId());
        token.putEvents(TokenUtil.TOKEN_BACKCHANNEL_LOGOUT_EVENT, JsonSerialization.createObjectNode());
        token.setSid(ended.sid());
        token.subject(ended.sub());
        return token;
    }

    /** True when the receiver took the token or refused it for good (4xx): only an unreachable one is tried again. */
    private boolean post(String url, String logoutToken) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "logout_token=" + URLEncoder.encode(logoutToken, StandardCharsets.UTF_8)))
                    .build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 400 && status < 500) {
                LOG.warnf("Back-channel logout to %s refused with %d", url, status);
            }
            return status < 500;
        } catch (IOException e) {
            LOG.debugf("Back-channel logout to %s failed: %s", url, e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
