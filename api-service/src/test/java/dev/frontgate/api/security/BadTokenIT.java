package dev.frontgate.api.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.frontgate.api.support.Json;
import dev.frontgate.api.support.KeycloakBackedTest;
import dev.frontgate.api.support.RealmSigningKey;
import dev.frontgate.api.support.TokenForge;
import dev.frontgate.testing.keycloak.KeycloakServer;
import dev.frontgate.testing.keycloak.Tokens;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tokens that must never pass, each refused with 401 {@code invalid_token} naming the failed check. Claim-level
 * forgeries are signed with a key imported into the realm ({@link RealmSigningKey}), so only the claim check can
 * refuse them; the two accepted controls prove that.
 */
@MicronautTest
class BadTokenIT extends KeycloakBackedTest {

    private static final TokenForge UNTRUSTED = new TokenForge("untrusted");

    @Test
    void realAccessTokenIsAccepted() {
        assertThat(api().get("/api/me", alice().accessToken()).statusCode()).isEqualTo(200);
    }

    @Test
    void claimsSignedWithTheImportedRealmKeyAreAccepted() {
        HttpResponse<String> response = api().get("/api/me", trusted(claims().build()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    Stream<Arguments> badAuthorizations() {
        return Stream.of(
                bad("garbage", t -> "Bearer garbage", "token is not a well-formed JWT"),
                bad("empty bearer", t -> "Bearer ", "access token is empty"),
                bad("scheme only", t -> "Bearer", "access token is empty"),
                bad("basic scheme", t -> "Basic YWxpY2U6YWxpY2UtZGVtbw==",
                        "authorization scheme must be Bearer or DPoP"),
                bad("wrong scheme, real token", t -> "Token " + t.real(),
                        "authorization scheme must be Bearer or DPoP"),
                bad("two tokens", t -> "Bearer " + t.real() + " " + t.real(), "token is not a well-formed JWT"),
                bad("two parts", t -> "Bearer abc.def", "token is not a well-formed JWT"),
                bad("junk parts", t -> "Bearer a!b.c?d.e#f", "token is not a well-formed JWT"),
                bad("alg none", t -> "Bearer " + ForgedTokens.unsigned(t.real(), "none"),
                        "unsigned tokens are not accepted"),
                bad("alg None", t -> "Bearer " + ForgedTokens.unsigned(t.real(), "None"),
                        "token is not a well-formed JWT"),
                bad("HS256 keyed with Keycloak's public key", t -> "Bearer " + ForgedTokens.hmacWithPublicKey(
                        JWSAlgorithm.HS256, t.keycloakKey(), t.realClaims()), "signing algorithm is not allowed"),
                bad("HS512 keyed with Keycloak's public key", t -> "Bearer " + ForgedTokens.hmacWithPublicKey(
                        JWSAlgorithm.HS512, t.keycloakKey(), t.realClaims()), "signing algorithm is not allowed"),
                bad("payload tampered", t -> "Bearer " + ForgedTokens.withPayload(t.real(),
                        new JWTClaimsSet.Builder(t.realClaims()).claim("scope", "openid read write groups").build()),
                        "signature is invalid"),
                bad("signature altered", t -> "Bearer " + ForgedTokens.flippedSignature(t.real()),
                        "signature is invalid"),
                bad("real signature with a stray character", t -> "Bearer " + ForgedTokens.strayInSignature(t.real()),
                        "signature is not canonical base64url"),
                bad("signature stripped", t -> "Bearer " + t.real().substring(0, t.real().lastIndexOf('.') + 1),
                        "token is not a well-formed JWT"),
                bad("header switched to PS256", t -> "Bearer " + ForgedTokens.withHeader(t.real(),
                        "{\"alg\":\"PS256\",\"kid\":\"" + t.keycloakKey().getKeyID() + "\"}"),
                        "signing key does not fit the token's algorithm"),
                bad("header switched to RS512", t -> "Bearer " + ForgedTokens.withHeader(t.real(),
                        "{\"alg\":\"RS512\",\"kid\":\"" + t.keycloakKey().getKeyID() + "\"}"),
                        "signing algorithm is not allowed"),
                bad("unknown kid", t -> "Bearer " + UNTRUSTED.sign(claims().build()),
                        "signing key is unknown to the issuer"),
                bad("Keycloak's kid, foreign key", t -> "Bearer " + UNTRUSTED.sign(claims().build(),
                        h -> h.keyID(t.keycloakKey().getKeyID())), "signature is invalid"),
                bad("no kid", t -> "Bearer " + t.trustedWithHeader(claims().build(),
                        new JWSHeader.Builder(JWSAlgorithm.RS256)), "token has no key id"),
                bad("encrypted (JWE)", t -> "Bearer " + ForgedTokens.encrypted(t.keycloakKey(), t.realClaims()),
                        "encrypted tokens are not accepted"),
                bad("expired", t -> "Bearer " + trusted(claims().issueTime(in(-400)).expirationTime(in(-60)).build()),
                        "token has expired"),
                bad("nbf in the future", t -> "Bearer " + trusted(claims().notBeforeTime(in(120)).build()),
                        "token is not valid yet"),
                bad("iat in the future", t -> "Bearer " + trusted(claims().issueTime(in(120)).build()),
                        "token is issued in the future"),
                bad("no exp", t -> "Bearer " + trusted(claims().expirationTime(null).build()), "token has no expiry"),
                bad("wrong iss", t -> "Bearer " + trusted(claims().issuer(t.keycloak().baseUrl() + "/realms/master")
                        .build()), "issuer is not trusted"),
                bad("iss with trailing slash", t -> "Bearer " + trusted(claims().issuer(t.keycloak().issuer() + "/")
                        .build()), "issuer is not trusted"),
                bad("aud without api-service", t -> "Bearer " + trusted(claims().audience("account").build()),
                        "audience does not include this service"),
                bad("no aud", t -> "Bearer " + trusted(claims().audience((String) null).build()),
                        "audience does not include this service"),
                bad("azp not allowed", t -> "Bearer " + trusted(claims().claim("azp", "other-app").build()),
                        "client is not allowed"),
                bad("no azp", t -> "Bearer " + trusted(claims().claim("azp", null).build()), "client is not allowed"),
                bad("typ ID, forged", t -> "Bearer " + trusted(claims().claim("typ", "ID").build()),
                        "token is not an access token"),
                bad("no typ", t -> "Bearer " + trusted(claims().claim("typ", null).build()),
                        "token is not an access token"),
                bad("no sub", t -> "Bearer " + trusted(claims().subject(null).build()), "token has no subject"),
                bad("real ID token", t -> "Bearer " + t.alice().idToken(), "token is not an access token"),
                bad("real refresh token", t -> "Bearer " + t.alice().refreshToken(), "signing algorithm is not allowed"),
                bad("token from the master realm", t -> "Bearer " + t.keycloak().admin().tokenManager()
                        .getAccessTokenString(), "signing key is unknown to the issuer"),
                bad("oversized, 16 KiB", t -> "Bearer " + "a".repeat(8 * 1024) + "." + "b".repeat(8 * 1024) + ".c",
                        "token is longer than 8192 characters"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badAuthorizations")
    void badTokenIsRefusedAsInvalidToken(String kind, Function<BadTokenIT, String> authorization, String check) {
        String header = authorization.apply(this);
        HttpResponse<String> response = api().send(api().request("/api/me").header("Authorization", header).GET());

        assertThat(response.statusCode()).as(kind + ": " + response.body()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow())
                .isEqualTo("Bearer realm=\"frontgate\", error=\"invalid_token\", error_description=\"" + check + "\""
                + resourceMetadataParameter());
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/problem+json");
        assertThat(Json.parse(response.body()).get("error").asText()).isEqualTo("invalid_token");
        String credentials = header.substring(header.indexOf(' ') + 1);
        if (credentials.length() > 8) {
            assertThat(response.body()).as("the body echoes the token").doesNotContain(credentials);
        }
    }

    private static Arguments bad(String kind, Function<BadTokenIT, String> authorization, String check) {
        return Arguments.of(kind, authorization, check);
    }

    Tokens alice() {
        return login("alice", "openid read groups");
    }

    String real() {
        return alice().accessToken();
    }

    JWTClaimsSet realClaims() {
        try {
            return JWTClaimsSet.parse(alice().claims());
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    RSAKey keycloakKey() {
        try {
            return ForgedTokens.issuerKey(keycloak.jwksUrl(), SignedJWT.parse(real()).getHeader().getKeyID());
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    KeycloakServer keycloak() {
        return keycloak;
    }

    JWTClaimsSet.Builder claims() {
        return TokenForge.accessClaims(keycloak.issuer(), Instant.now());
    }

    String trusted(JWTClaimsSet claims) {
        RealmSigningKey key = RealmSigningKey.trusted(keycloak);
        return key.forge().sign(claims, h -> h.keyID(key.keyId()));
    }

    String trustedWithHeader(JWTClaimsSet claims, JWSHeader.Builder header) {
        return RealmSigningKey.trusted(keycloak).forge().sign(claims, h -> header);
    }

    private static Date in(long seconds) {
        return Date.from(Instant.now().plusSeconds(seconds));
    }
}
