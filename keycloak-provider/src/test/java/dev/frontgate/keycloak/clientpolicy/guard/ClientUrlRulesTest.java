package dev.frontgate.keycloak.clientpolicy.guard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.keycloak.representations.idm.ClientRepresentation;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import static dev.frontgate.keycloak.clientpolicy.guard.ClientRulesTest.attribute;
import static dev.frontgate.keycloak.clientpolicy.guard.ClientRulesTest.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

/** Every URL field of a frontend client, each with the URLs the guard refuses and the rule that refuses them. */
class ClientUrlRulesTest {

    /** Where a URL goes in the client. */
    enum Field {
        REDIRECT_URI((client, url) -> client.setRedirectUris(List.of("http://localhost:5173/*", url))),
        POST_LOGOUT_REDIRECT_URI((client, url) -> attribute("post.logout.redirect.uris", url).accept(client)),
        FRONT_CHANNEL_LOGOUT_URL((client, url) -> attribute("frontchannel.logout.url", url).accept(client)),
        BACK_CHANNEL_LOGOUT_URL((client, url) -> attribute("backchannel.logout.url", url).accept(client)),
        ADMIN_URL(ClientRepresentation::setAdminUrl),
        BASE_URL(ClientRepresentation::setBaseUrl),
        ROOT_URL(ClientRepresentation::setRootUrl),
        WEB_ORIGIN((client, url) -> client.setWebOrigins(List.of("http://localhost:5173", url)));

        private final BiConsumer<ClientRepresentation, String> set;

        Field(BiConsumer<ClientRepresentation, String> set) {
            this.set = set;
        }
    }

    record Case(Field field, String url, String rule) {
    }

    static Stream<Case> refused() {
        return Stream.of(
                new Case(Field.REDIRECT_URI, "http://localhost:5173.evil.example/*", "well-formed-urls"),
                new Case(Field.REDIRECT_URI, "http://localhost:5173*", "no-host-wildcard"),
                new Case(Field.REDIRECT_URI, "https://evil.example\\@localhost/cb", "well-formed-urls"),
                new Case(Field.REDIRECT_URI, "http://localhost@evil.example/cb", "well-formed-urls"),
                new Case(Field.REDIRECT_URI, "https://аpp.example.com/cb", "well-formed-urls"),
                new Case(Field.REDIRECT_URI, "https://app.example.com/cb#x", "well-formed-urls"),
                new Case(Field.REDIRECT_URI, "javascript:alert(1)", "well-formed-urls"),
                new Case(Field.REDIRECT_URI, "*", "no-host-wildcard"),
                new Case(Field.REDIRECT_URI, "https://*.example.com/*", "no-host-wildcard"),
                new Case(Field.REDIRECT_URI, "https://user@*.example.com/cb", "no-host-wildcard"),
                new Case(Field.REDIRECT_URI, "https://app.example.com/*", "path-wildcard-hosts"),
                new Case(Field.REDIRECT_URI, "https://app.example.com/a*/b", "exact-urls"),
                new Case(Field.POST_LOGOUT_REDIRECT_URI, "*", "no-host-wildcard"),
                new Case(Field.POST_LOGOUT_REDIRECT_URI, "https://evil.example/", "accepted"),
                new Case(Field.POST_LOGOUT_REDIRECT_URI, "https://evil.example/*", "path-wildcard-hosts"),
                new Case(Field.POST_LOGOUT_REDIRECT_URI, "http://localhost:5173.evil.example/*", "well-formed-urls"),
                new Case(Field.FRONT_CHANNEL_LOGOUT_URL, "http://localhost:5173/*", "exact-urls"),
                new Case(Field.FRONT_CHANNEL_LOGOUT_URL, "http://localhost:5173/logout", "accepted"),
                new Case(Field.BACK_CHANNEL_LOGOUT_URL, "https://evil.example/backchannel-logout",
                        "backchannel-logout-url"),
                new Case(Field.BACK_CHANNEL_LOGOUT_URL, "http://localhost:8280/backchannel-logout/",
                        "backchannel-logout-url"),
                new Case(Field.ADMIN_URL, "https://*.example.com", "no-host-wildcard"),
                new Case(Field.ADMIN_URL, "http://localhost:5173@evil.example", "well-formed-urls"),
                new Case(Field.BASE_URL, "/*", "exact-urls"),
                new Case(Field.BASE_URL, "/app", "accepted"),
                new Case(Field.ROOT_URL, "${authBaseUrl}", "well-formed-urls"),
                new Case(Field.WEB_ORIGIN, "null", "explicit-web-origins"),
                new Case(Field.WEB_ORIGIN, "+", "explicit-web-origins"),
                new Case(Field.WEB_ORIGIN, "*", "explicit-web-origins"),
                new Case(Field.WEB_ORIGIN, "https://*.example.com", "explicit-web-origins"),
                new Case(Field.WEB_ORIGIN, "http://localhost:5173/", "explicit-web-origins"),
                new Case(Field.WEB_ORIGIN, "https://app.example.com", "accepted"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void eachUrlIsJudgedByItsRule(Case c) {
        String refusal = refusalOf(client -> c.field().set.accept(client, c.url()));

        assertThat(refusal).contains(c.rule().equals("accepted") ? "accepted" : "rule '" + c.rule() + "'");
    }

    @Test
    void theBackchannelLogoutUrlNeedsTheSession() {
        assertThat(refusalOf(attribute("backchannel.logout.session.required", "false")))
                .contains("rule 'backchannel-logout-url'").contains("session required is off");
    }

    @Test
    void exactRedirectsAndPathWildcardsOnListedHostsAreAccepted() {
        for (String uri : List.of("https://app.example.com/callback", "http://127.0.0.1:8080/*", "http://LOCALHOST/*",
                "http://[::1]:5173/cb")) {
            assertThat(refusalOf(client -> client.setRedirectUris(List.of(uri)))).as(uri).isEqualTo("accepted");
        }
    }

    @Test
    void aRelativeRedirectIsJudgedOnTheRootUrlsHost() {
        assertThat(refusalOf(client -> client.setRedirectUris(List.of("/*")))).isEqualTo("accepted");
        assertThat(refusalOf(client -> {
            client.setRootUrl("https://app.example.com");
            client.setRedirectUris(List.of("/*"));
        })).contains("rule 'path-wildcard-hosts'");
    }
}
