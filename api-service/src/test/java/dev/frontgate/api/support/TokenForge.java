package dev.frontgate.api.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.frontgate.testing.keycloak.DpopKey;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Mints Keycloak-shaped access tokens with a key of our own, to forge every kind of bad token. */
public final class TokenForge {

    public static final String ISSUER = "http://localhost:8180/realms/frontgate";
    /** The DPoP key every forged token is bound to, as Keycloak binds react-frontend's; {@link Api} signs for it. */
    public static final DpopKey DPOP_KEY = DpopKey.generate();

    private final RSAKey key;

    public TokenForge(String keyId) {
        try {
            key = new RSAKeyGenerator(2048).keyID(keyId).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public RSAKey key() {
        return key;
    }

    /**
     * Claims like those of a Keycloak access token for alice with {@code openid read groups}, valid now, bound to
     * {@link #DPOP_KEY}.
     */
    public static JWTClaimsSet.Builder accessClaims(String issuer, Instant now) {
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("5d4a3b2c-0000-4000-8000-000000000001")
                .audience(List.of("api-service", "account"))
                .claim("azp", "react-frontend")
                .claim("typ", "DPoP")
                .claim("cnf", Map.of("jkt", DPOP_KEY.thumbprint()))
                .claim("scope", "openid groups read email profile")
                .claim("preferred_username", "alice")
                .claim("groups", List.of("/editors", "/team-a"))
                .issueTime(Date.from(now.minusSeconds(5)))
                .expirationTime(Date.from(now.plusSeconds(300)));
    }

    public String sign(JWTClaimsSet claims) {
        return sign(claims, header -> header);
    }

    public String sign(JWTClaimsSet claims, UnaryOperator<JWSHeader.Builder> header) {
        JWSHeader.Builder builder = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(null);
        SignedJWT jwt = new SignedJWT(header.apply(builder).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
