package dev.frontgate.testing.keycloak;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A client's DPoP key (RFC 9449), an EC P-256 key pair as the React app's WebCrypto key, and the proofs it signs:
 * one fresh proof per request. Every key made here is remembered by its RFC 7638 thumbprint, so that test support
 * handed only an access token can find the key the token is bound to ({@link #boundTo}) and sign for it.
 */
public final class DpopKey {

    private static final Map<String, DpopKey> BY_THUMBPRINT = new ConcurrentHashMap<>();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final KeyPair keyPair;
    private final String x;
    private final String y;
    private final String thumbprint;

    private DpopKey(KeyPair keyPair) {
        this.keyPair = keyPair;
        ECPublicKey publicKey = (ECPublicKey) keyPair.getPublic();
        this.x = coordinate(publicKey.getW().getAffineX());
        this.y = coordinate(publicKey.getW().getAffineY());
        this.thumbprint = BASE64URL.encodeToString(sha256(
                "{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"" + x + "\",\"y\":\"" + y + "\"}"));
    }

    /** A new key, remembered for {@link #boundTo}. */
    public static DpopKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            DpopKey key = new DpopKey(generator.generateKeyPair());
            BY_THUMBPRINT.put(key.thumbprint, key);
            return key;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every JDK has EC P-256", e);
        }
    }

    /** The key an access token's {@code cnf.jkt} names, when it is one made here; empty for unbound tokens. */
    public static Optional<DpopKey> boundTo(String accessToken) {
        Map<String, Object> claims;
        try {
            claims = Tokens.claimsOf(accessToken);
        } catch (RuntimeException notAJwt) {
            return Optional.empty();
        }
        return claims.get("cnf") instanceof Map<?, ?> cnf && cnf.get("jkt") instanceof String jkt
                ? Optional.ofNullable(BY_THUMBPRINT.get(jkt)) : Optional.empty();
    }

    /** The RFC 7638 thumbprint: what a bound token's {@code cnf.jkt} holds. */
    public String thumbprint() {
        return thumbprint;
    }

    /** The key pair, for tests that sign deliberately broken proofs with it. */
    public KeyPair keyPair() {
        return keyPair;
    }

    /** The public JWK, as a proof's header carries it. */
    public String publicJwk() {
        return "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"" + x + "\",\"y\":\"" + y + "\"}";
    }

    /** A proof for a token request (no access token yet). */
    public String proof(String method, String uri) {
        return proof(method, uri, null, null);
    }

    /** A fresh proof for one request: new {@code jti}, {@code iat} now, {@code ath} of the token when given. */
    public String proof(String method, String uri, String accessToken, String nonce) {
        StringBuilder claims = new StringBuilder("{\"jti\":\"").append(UUID.randomUUID())
                .append("\",\"htm\":\"").append(method)
                .append("\",\"htu\":\"").append(uri)
                .append("\",\"iat\":").append(Instant.now().getEpochSecond());
        if (accessToken != null) {
            claims.append(",\"ath\":\"").append(ath(accessToken)).append('"');
        }
        if (nonce != null) {
            claims.append(",\"nonce\":\"").append(nonce).append('"');
        }
        String header = "{\"typ\":\"dpop+jwt\",\"alg\":\"ES256\",\"jwk\":" + publicJwk() + "}";
        String signingInput = encode(header) + "." + encode(claims.append('}').toString());
        return signingInput + "." + BASE64URL.encodeToString(sign(signingInput));
    }

    /** base64url(SHA-256(token)): the {@code ath} claim binding a proof to one access token. */
    public static String ath(String accessToken) {
        return BASE64URL.encodeToString(sha256(accessToken));
    }

    private byte[] sign(String signingInput) {
        try {
            // P1363 is JWS's raw r||s form; the JDK's default is DER.
            Signature signature = Signature.getInstance("SHA256withECDSAinP1363Format");
            signature.initSign(keyPair.getPrivate());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A P-256 coordinate as JWK wants it: exactly 32 big-endian bytes. */
    private static String coordinate(BigInteger value) {
        byte[] bytes = value.toByteArray();
        byte[] fixed = new byte[32];
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, fixed, 32 - length, length);
        return BASE64URL.encodeToString(fixed);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "DpopKey[" + thumbprint + "]";
    }
}
