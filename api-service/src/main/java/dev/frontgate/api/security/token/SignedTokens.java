package dev.frontgate.api.security.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import java.text.ParseException;
import java.util.List;

/**
 * The signature part of verifying a JWT that Keycloak signed with a realm key: access tokens and logout tokens alike.
 * Every refusal names the failed check.
 */
public final class SignedTokens {

    private final SigningKeys signingKeys;
    private final List<String> algorithms;

    public SignedTokens(SigningKeys signingKeys, List<String> algorithms) {
        this.signingKeys = signingKeys;
        this.algorithms = algorithms;
    }

    /** The verified JWT and the key that signed it; may fetch the JWKS once for an unknown key id. */
    public Verified verify(String token) throws InvalidTokenException {
        SignedJWT jwt = parseSigned(token);
        JWSAlgorithm algorithm = jwt.getHeader().getAlgorithm();
        if (!algorithms.contains(algorithm.getName())) {
            throw new InvalidTokenException(FailedCheck.ALGORITHM, "signing algorithm is not allowed");
        }
        JWK key = keyFor(jwt.getHeader().getKeyID(), algorithm);
        verifySignature(jwt, key);
        return new Verified(jwt, key.getKeyID(), claimsOf(jwt));
    }

    private static SignedJWT parseSigned(String token) throws InvalidTokenException {
        JWT jwt;
        try {
            jwt = JWTParser.parse(token);
        } catch (ParseException | RuntimeException e) {
            throw new InvalidTokenException(FailedCheck.MALFORMED, "token is not a well-formed JWT");
        }
        return switch (jwt) {
            case SignedJWT signed -> requireCanonicalSignature(signed);
            case PlainJWT ignored -> throw new InvalidTokenException(FailedCheck.ALGORITHM, "unsigned tokens are not accepted");
            case EncryptedJWT ignored -> throw new InvalidTokenException(FailedCheck.ALGORITHM, "encrypted tokens are not accepted");
            default -> throw new InvalidTokenException(FailedCheck.MALFORMED, "token is not a well-formed JWT");
        };
    }

    /**
     * The decoder skips characters outside base64url and ignores the unused low bits of the last one, so without this
     * one signature could be written in countless ways: as many distinct tokens, each verifying and each cached.
     */
    private static SignedJWT requireCanonicalSignature(SignedJWT jwt) throws InvalidTokenException {
        Base64URL signature = jwt.getSignature();
        if (!Base64URL.encode(signature.decode()).toString().equals(signature.toString())) {
            throw new InvalidTokenException(FailedCheck.MALFORMED, "signature is not canonical base64url");
        }
        return jwt;
    }

    private JWK keyFor(String keyId, JWSAlgorithm algorithm) throws InvalidTokenException {
        if (keyId == null || keyId.isBlank()) {
            throw new InvalidTokenException(FailedCheck.KEY, "token has no key id");
        }
        JWK key = signingKeys.find(keyId)
                .orElseThrow(() -> new InvalidTokenException(FailedCheck.KEY, "signing key is unknown to the issuer"));
        boolean signingKey = key.getKeyUse() == null || KeyUse.SIGNATURE.equals(key.getKeyUse());
        boolean algorithmMatches = key.getAlgorithm() == null || key.getAlgorithm().equals(algorithm);
        if (!signingKey || !algorithmMatches) {
            throw new InvalidTokenException(FailedCheck.KEY, "signing key does not fit the token's algorithm");
        }
        return key;
    }

    private static void verifySignature(SignedJWT jwt, JWK key) throws InvalidTokenException {
        try {
            JWSVerifier verifier = switch (key) {
                case RSAKey rsa -> new RSASSAVerifier(rsa);
                case ECKey ec -> new ECDSAVerifier(ec);
                default -> throw new InvalidTokenException(FailedCheck.KEY, "signing key does not fit the token's algorithm");
            };
            if (!jwt.verify(verifier)) {
                throw new InvalidTokenException(FailedCheck.SIGNATURE, "signature is invalid");
            }
        } catch (JOSEException | RuntimeException e) {
            throw new InvalidTokenException(FailedCheck.SIGNATURE, "signature is invalid");
        }
    }

    private static JWTClaimsSet claimsOf(SignedJWT jwt) throws InvalidTokenException {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new InvalidTokenException(FailedCheck.MALFORMED, "payload is not a valid claims set");
        }
    }

    /** A JWT whose signature is good: its header, the id of the key that signed it, its claims. */
    public record Verified(SignedJWT jwt, String keyId, JWTClaimsSet claims) {
    }
}
