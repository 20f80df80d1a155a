package dev.frontgate.api.security;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSAEncrypter;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;

/** Ways to break a real token or to build one that must never pass, for the bad-token matrix. */
final class ForgedTokens {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private ForgedTokens() {
    }

    static String[] parts(String token) {
        return token.split("\\.");
    }

    static String withHeader(String token, String headerJson) {
        String[] parts = parts(token);
        return encode(headerJson) + "." + parts[1] + "." + parts[2];
    }

    static String withPayload(String token, JWTClaimsSet claims) {
        String[] parts = parts(token);
        return parts[0] + "." + encode(claims.toString()) + "." + parts[2];
    }

    static String unsigned(String token, String algName) {
        return encode("{\"alg\":\"" + algName + "\",\"typ\":\"JWT\"}") + "." + parts(token)[1] + ".";
    }

    static String flippedSignature(String token) {
        String[] parts = parts(token);
        char[] signature = parts[2].toCharArray();
        signature[10] = signature[10] == 'A' ? 'B' : 'A';
        return parts[0] + "." + parts[1] + "." + new String(signature);
    }

    /** The real signature with a character a lenient base64url decoder skips: the same bytes, another token. */
    static String strayInSignature(String token) {
        String[] parts = parts(token);
        return parts[0] + "." + parts[1] + "." + parts[2].substring(0, 10) + "~" + parts[2].substring(10);
    }

    /** The classic key-confusion attack: HMAC keyed with the issuer's public RSA key, which anyone can fetch. */
    static String hmacWithPublicKey(JWSAlgorithm algorithm, RSAKey issuerKey, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(issuerKey.getKeyID()).build(), claims);
            jwt.sign(new MACSigner(issuerKey.toPublicKey().getEncoded()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static String encrypted(RSAKey recipient, JWTClaimsSet claims) {
        try {
            EncryptedJWT jwt = new EncryptedJWT(new JWEHeader(JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A256GCM),
                    claims);
            jwt.encrypt(new RSAEncrypter(recipient));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static RSAKey issuerKey(String jwksUrl, String keyId) {
        try {
            URL url = URI.create(jwksUrl).toURL();
            return JWKSet.load(url).getKeyByKeyId(keyId).toRSAKey();
        } catch (IOException | ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
