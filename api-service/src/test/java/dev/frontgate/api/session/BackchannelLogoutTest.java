package dev.frontgate.api.session;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import dev.frontgate.api.security.token.ForgedSigningKeys;
import dev.frontgate.api.support.ForgedTokenTest;
import dev.frontgate.api.support.TokenForge;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static dev.frontgate.api.support.TokenForge.ISSUER;
import static org.assertj.core.api.Assertions.assertThat;

/** The back-channel logout endpoint and the ended-session check, on H2 with tokens signed by a test key. */
@MicronautTest
class BackchannelLogoutTest extends ForgedTokenTest {

    private static final TokenForge KEY = ForgedSigningKeys.FORGE;

    @Inject
    EndedSessionRepository repository;

    record BadLogout(String name, Supplier<String> token, String description) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<BadLogout> badLogoutTokens() {
        return Stream.of(
                new BadLogout("signed by another key", () -> LogoutTokens.sign(new TokenForge("forged"),
                        claims().build()), "signature is invalid"),
                new BadLogout("unsigned", () -> new PlainJWT(claims().build()).serialize(),
                        "unsigned tokens are not accepted"),
                new BadLogout("for another audience", () -> sign(claims().audience("another-app")),
                        "audience is not an allowed client"),
                new BadLogout("from another issuer", () -> sign(claims().issuer("http://localhost:1/realms/x")),
                        "issuer is not trusted"),
                new BadLogout("with a nonce", () -> sign(claims().claim("nonce", "n")),
                        "logout token must not contain a nonce"),
                new BadLogout("without the logout event", () -> sign(claims().claim("events", null)),
                        "events claim lacks the back-channel logout event"),
                new BadLogout("naming neither sid nor sub", () -> sign(claims().subject(null).claim("sid", null)),
                        "logout token names neither sid nor sub"),
                new BadLogout("without jti", () -> sign(claims().jwtID(null)), "logout token has no jti"),
                new BadLogout("issued long ago", () -> sign(claims()
                        .issueTime(Date.from(Instant.now().minusSeconds(3600)))
                        .expirationTime(Date.from(Instant.now().minusSeconds(3480)))), "logout token is too old"),
                new BadLogout("an access token", () -> KEY.sign(TokenForge.accessClaims(ISSUER, Instant.now())
                        .claim("sid", "s").build()), "audience is not an allowed client"),
                new BadLogout("missing", () -> "", "logout_token is missing"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badLogoutTokens")
    void refusesABadLogoutTokenAndEndsNothing(BadLogout bad) {
        long before = repository.count();

        HttpResponse<String> response = logout(bad.token().get());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo(
                "{\"error\":\"invalid_request\",\"error_description\":\"" + bad.description() + "\"}");
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void endsTheSessionOfARememberedToken() {
        String sid = UUID.randomUUID().toString();
        String accessToken = accessToken(sid, Instant.now());
        String otherSession = accessToken(UUID.randomUUID().toString(), Instant.now());
        assertThat(api().get("/api/me", accessToken).statusCode()).isEqualTo(200);

        assertThat(logout(sign(claims().claim("sid", sid))).statusCode()).isEqualTo(200);

        HttpResponse<String> refused = api().get("/api/me", accessToken);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate").orElseThrow())
                .contains("error=\"invalid_token\", error_description=\"the session has ended\"");
        assertThat(api().get("/api/me", otherSession).statusCode()).isEqualTo(200);
    }

    @Test
    void aReplayedLogoutTokenIsRefusedAndEndsNothing() {
        String first = sign(claims().claim("sid", UUID.randomUUID().toString()));
        assertThat(logout(first).statusCode()).isEqualTo(200);
        long before = repository.count();

        HttpResponse<String> replay = logout(first);

        assertThat(replay.statusCode()).isEqualTo(400);
        assertThat(replay.body()).contains("logout token was used before");
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void aLogoutBySubEndsTheUsersTokensIssuedBeforeIt() {
        String user = UUID.randomUUID().toString();
        String before = accessToken(user, "s1", Instant.now().minusSeconds(10));
        assertThat(api().get("/api/me", before).statusCode()).isEqualTo(200);

        assertThat(logout(sign(claims().subject(user).claim("sid", null))).statusCode()).isEqualTo(200);

        assertThat(api().get("/api/me", before).statusCode()).isEqualTo(401);
        String after = accessToken(user, "s2", Instant.now().plusSeconds(2));
        assertThat(api().get("/api/me", after).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> logout(String logoutToken) {
        return api().send(api().request("/backchannel-logout")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(LogoutTokens.form(logoutToken))));
    }

    private static JWTClaimsSet.Builder claims() {
        return LogoutTokens.claims(ISSUER, UUID.randomUUID().toString());
    }

    private static String sign(JWTClaimsSet.Builder claims) {
        return LogoutTokens.sign(KEY, claims.build());
    }

    private static String accessToken(String sid, Instant issuedAt) {
        return accessToken(LogoutTokens.USER, sid, issuedAt);
    }

    private static String accessToken(String sub, String sid, Instant issuedAt) {
        return KEY.sign(TokenForge.accessClaims(ISSUER, Instant.now()).subject(sub).claim("sid", sid)
                .issueTime(Date.from(issuedAt)).build());
    }
}
