package dev.frontgate.api.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.frontgate.testing.keycloak.DpopKey;

import java.nio.charset.StandardCharsets;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** DPoP proofs of a {@link DpopKey}, good or deliberately broken in one way, for the proof-refusal matrix. */
public final class ProofForge {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final ECKey key;

    public ProofForge(DpopKey dpopKey) {
        this.key = new ECKey.Builder(Curve.P_256, (ECPublicKey) dpopKey.keyPair().getPublic())
                .privateKey((ECPrivateKey) dpopKey.keyPair().getPrivate()).build();
    }

    /** The claims of a good proof: new jti, iat now, ath of {@code token}. */
    public static JWTClaimsSet.Builder claims(String method, String htu, String token) {
        return new JWTClaimsSet.Builder()
                .jwtID(UUID.randomUUID().toString())
                .claim("htm", method)
                .claim("htu", htu)
                .issueTime(Date.from(Instant.now()))
                .claim("ath", DpopKey.ath(token));
    }

    public String sign(JWTClaimsSet claims) {
        return sign(claims, header -> header);
    }

    /** Signs with this key; {@code header} may change what a good proof's header says (typ, jwk, …). */
    public String sign(JWTClaimsSet claims, UnaryOperator<JWSHeader.Builder> header) {
        JWSHeader.Builder builder = new JWSHeader.Builder(JWSAlgorithm.ES256)
                .type(new JOSEObjectType("dpop+jwt")).jwk(key.toPublicJWK());
        SignedJWT jwt = new SignedJWT(header.apply(builder).build(), claims);
        try {
            jwt.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** The header would hand the private key over with the proof. */
    public String signWithPrivateJwk(JWTClaimsSet claims) {
        String header = "{\"typ\":\"dpop+jwt\",\"alg\":\"ES256\",\"jwk\":" + key.toJSONString() + "}";
        String good = sign(claims);
        return encode(header) + good.substring(good.indexOf('.'));
    }

    /** {@code alg: none}: no signature at all. */
    public String unsigned(JWTClaimsSet claims) {
        String header = "{\"typ\":\"dpop+jwt\",\"alg\":\"none\",\"jwk\":" + key.toPublicJWK().toJSONString() + "}";
        return encode(header) + "." + encode(claims.toString()) + ".";
    }

    /** HS256 keyed with the public key's JSON: "verifiable" by anyone, so never acceptable. */
    public String hmac(JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256)
                .type(new JOSEObjectType("dpop+jwt")).jwk(key.toPublicJWK()).build(), claims);
        try {
            jwt.sign(new MACSigner(key.toPublicJWK().toJSONString().repeat(2).getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
