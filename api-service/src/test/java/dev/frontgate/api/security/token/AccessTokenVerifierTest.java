package dev.frontgate.api.security.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.frontgate.api.support.TokenForge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static dev.frontgate.api.support.TokenForge.ISSUER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessTokenVerifierTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final TokenForge TRUSTED = new TokenForge("trusted");
    private static final TokenForge UNTRUSTED = new TokenForge("untrusted");
    private static final ECKey EC_KEY = ecKey();
    private static final Map<String, JWK> KEYS = Map.of("trusted", TRUSTED.key().toPublicJWK(),
            "ec", EC_KEY.toPublicJWK());

    private final AccessTokenVerifier verifier = new AccessTokenVerifier(
            new TokenConfiguration(ISSUER, null, "api-service", List.of("react-frontend"), Duration.ofSeconds(30),
                    List.of("RS256", "PS256", "ES256")),
            new StaticSigningKeys(KEYS),
            Clock.fixed(NOW, ZoneOffset.UTC),
            new VerifiedTokenCache(new TokenCacheConfiguration(true, 100, 1 << 20), Clock.fixed(NOW, ZoneOffset.UTC)));

    @Test
    void acceptsKeycloakShapedAccessToken() throws Exception {
        JWTClaimsSet claims = verifier.verify(TRUSTED.sign(claims().build())).claims();
        assertThat(claims.getStringClaim("preferred_username")).isEqualTo("alice");
    }

    @Test
    void acceptsAudienceAsSingleString() throws Exception {
        verifier.verify(TRUSTED.sign(claims().audience("api-service").build()));
    }

    @Test
    void acceptsTimesWithinClockSkew() throws Exception {
        verifier.verify(TRUSTED.sign(claims().expirationTime(at(-29)).notBeforeTime(at(29)).issueTime(at(29)).build()));
    }

    @Test
    void acceptsEs256WithEcKey() throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("ec").build(), claims().build());
        jwt.sign(new ECDSASigner(EC_KEY));
        verifier.verify(jwt.serialize());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void refusesBadToken(String kind, Supplier<String> token, String failedCheck) {
        assertThatThrownBy(() -> verifier.verify(token.get()))
                .isInstanceOf(InvalidTokenException.class).hasMessage(failedCheck);
    }

    static Stream<Arguments> badTokens() {
        return Stream.of(
                bad("garbage", () -> "not-a-jwt", "token is not a well-formed JWT"),
                bad("alg none", () -> new PlainJWT(claims().build()).serialize(), "unsigned tokens are not accepted"),
                bad("HS256 with the public key as secret", TokenVerifierCases::hs256WithPublicKey,
                        "signing algorithm is not allowed"),
                bad("RS512 not on the allow-list", () -> TRUSTED.sign(claims().build(),
                        h -> new JWSHeader.Builder(JWSAlgorithm.RS512).keyID("trusted")),
                        "signing algorithm is not allowed"),
                bad("PS256 with an RS256 key", () -> TRUSTED.sign(claims().build(),
                        h -> new JWSHeader.Builder(JWSAlgorithm.PS256).keyID("trusted")),
                        "signing key does not fit the token's algorithm"),
                bad("unknown kid", () -> UNTRUSTED.sign(claims().build()), "signing key is unknown to the issuer"),
                bad("no kid", () -> TRUSTED.sign(claims().build(), h -> new JWSHeader.Builder(JWSAlgorithm.RS256)),
                        "token has no key id"),
                bad("trusted kid, foreign key", () -> UNTRUSTED.sign(claims().build(), h -> h.keyID("trusted")),
                        "signature is invalid"),
                bad("payload tampered", TokenVerifierCases::tamperedPayload, "signature is invalid"),
                bad("stray character in the signature", () -> TokenVerifierCases.signatureWith(
                        signature -> signature.substring(0, 100) + "~" + signature.substring(100)),
                        "signature is not canonical base64url"),
                bad("padded signature", () -> TokenVerifierCases.signatureWith(signature -> signature + "=="),
                        "signature is not canonical base64url"),
                bad("signature's unused last bits set", () -> TokenVerifierCases.signatureWith(
                        TokenVerifierCases::withUnusedBitSet), "signature is not canonical base64url"),
                bad("oversized", () -> TRUSTED.sign(claims().claim("pad", "x".repeat(9000)).build()),
                        "token is longer than 8192 characters"),
                bad("ID token", () -> sign(claims().claim("typ", "ID")), "token is not an access token"),
                bad("refresh token", () -> sign(claims().claim("typ", "Refresh")), "token is not an access token"),
                bad("no typ", () -> sign(claims().claim("typ", null)), "token is not an access token"),
                bad("wrong issuer", () -> sign(claims().issuer("http://localhost:8180/realms/master")),
                        "issuer is not trusted"),
                bad("audience without api-service", () -> sign(claims().audience("account")),
                        "audience does not include this service"),
                bad("no audience", () -> sign(claims().audience((String) null)),
                        "audience does not include this service"),
                bad("azp not allowed", () -> sign(claims().claim("azp", "other-app")), "client is not allowed"),
                bad("no azp", () -> sign(claims().claim("azp", null)), "client is not allowed"),
                bad("no subject", () -> sign(claims().subject(null)), "token has no subject"),
                bad("expired beyond skew", () -> sign(claims().expirationTime(at(-31))), "token has expired"),
                bad("no expiry", () -> sign(claims().expirationTime(null)), "token has no expiry"),
                bad("nbf beyond skew", () -> sign(claims().notBeforeTime(at(31))), "token is not valid yet"),
                bad("iat beyond skew", () -> sign(claims().issueTime(at(31))), "token is issued in the future"),
                bad("azp not a string", () -> sign(claims().claim("azp", 42)), "claim azp is malformed"),
                bad("groups not strings", () -> sign(claims().claim("groups", List.of(1, 2))),
                        "claim groups is malformed"));
    }

    private static Arguments bad(String kind, Supplier<String> token, String failedCheck) {
        return Arguments.of(kind, token, failedCheck);
    }

    static JWTClaimsSet.Builder claims() {
        return TokenForge.accessClaims(ISSUER, NOW);
    }

    static String sign(JWTClaimsSet.Builder claims) {
        return TRUSTED.sign(claims.build());
    }

    private static Date at(long secondsFromNow) {
        return Date.from(NOW.plusSeconds(secondsFromNow));
    }

    private static ECKey ecKey() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID("ec").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Token shapes that need more than a claim change. */
    static final class TokenVerifierCases {

        static String hs256WithPublicKey() {
            try {
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("trusted").build(),
                        claims().build());
                jwt.sign(new MACSigner(TRUSTED.key().toPublicKey().getEncoded()));
                return jwt.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }

        /** A valid token whose signature part is written otherwise, the same bytes to a lenient decoder. */
        static String signatureWith(java.util.function.UnaryOperator<String> respelling) {
            String token = TRUSTED.sign(claims().build());
            int signature = token.lastIndexOf('.') + 1;
            return token.substring(0, signature) + respelling.apply(token.substring(signature));
        }

        /** 256 signature bytes fill 342 characters; the low 4 bits of the last one are unused and must be 0. */
        static String withUnusedBitSet(String signature) {
            String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
            char last = signature.charAt(signature.length() - 1);
            return signature.substring(0, signature.length() - 1) + alphabet.charAt(alphabet.indexOf(last) ^ 1);
        }

        static String tamperedPayload() {
            String[] parts = TRUSTED.sign(claims().build()).split("\\.");
            String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    claims().claim("scope", "openid read write groups").build().toString().getBytes());
            return parts[0] + "." + forged + "." + parts[2];
        }
    }
}
