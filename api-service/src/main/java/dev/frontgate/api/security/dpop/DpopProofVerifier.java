package dev.frontgate.api.security.dpop;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import jakarta.inject.Singleton;

import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;

import static dev.frontgate.api.security.dpop.DpopRefusedException.invalidProof;

/**
 * The checks of RFC 9449 section 4.3 on one proof, except the {@code jti} replay check ({@link UsedProofs}), which
 * runs last so that only otherwise good proofs reach the database. Every refusal names the failed check.
 */
@Singleton
final class DpopProofVerifier {

    /** An RSA-4096 proof is about 1.6 KiB; anything far bigger is not worth parsing. */
    static final int MAX_PROOF_LENGTH = 4096;
    static final JOSEObjectType TYPE = new JOSEObjectType("dpop+jwt");
    private static final int MIN_RSA_BITS = 2048;
    private static final int MAX_JTI_LENGTH = 256;

    private final DpopConfiguration configuration;
    private final DpopNonces nonces;
    private final P256ProofSignatures p256;
    private final Clock clock;

    DpopProofVerifier(DpopConfiguration configuration, DpopNonces nonces, P256ProofSignatures p256, Clock clock) {
        this.configuration = configuration;
        this.nonces = nonces;
        this.p256 = p256;
        this.clock = clock;
    }

    /**
     * @param accessToken the token the proof must be bound to ({@code ath})
     * @param boundKey    the token's {@code cnf.jkt}: the thumbprint the proof's key must have
     */
    VerifiedProof verify(String proof, ProofTarget target, String accessToken, String boundKey)
            throws DpopRefusedException {
        require(proof.length() <= MAX_PROOF_LENGTH, "proof is longer than " + MAX_PROOF_LENGTH + " characters");
        SignedJWT jwt = parseSigned(proof);
        JWSHeader header = jwt.getHeader();
        require(TYPE.equals(header.getType()), "proof typ must be dpop+jwt");
        require(configuration.algorithms().contains(header.getAlgorithm().getName()),
                "proof algorithm is not allowed");
        JWK key = header.getJWK();
        require(key != null, "proof has no jwk");
        require(!key.isPrivate(), "proof jwk must not contain a private key");
        verifySignature(jwt, key);
        JWTClaimsSet claims = claimsOf(jwt);
        require(target.method().equals(string(claims, "htm")), "proof htm does not match the request method");
        require(target.matches(uri(string(claims, "htu"))), "proof htu does not match the request URI");
        checkIssuedAt(claims);
        String jti = string(claims, "jti");
        require(jti != null && !jti.isBlank() && jti.length() <= MAX_JTI_LENGTH, "proof has no valid jti");
        checkNonce(string(claims, "nonce"));
        require(AccessTokenHash.of(accessToken).equals(string(claims, "ath")),
                "proof ath does not match the access token");
        String thumbprint = thumbprint(key);
        require(thumbprint.equals(boundKey), "proof key is not the key the token is bound to (cnf.jkt)");
        return new VerifiedProof(thumbprint, jti, claims.getIssueTime().toInstant());
    }

    private void checkIssuedAt(JWTClaimsSet claims) throws DpopRefusedException {
        Instant issuedAt = claims.getIssueTime() == null ? null : claims.getIssueTime().toInstant();
        require(issuedAt != null, "proof has no iat");
        Instant now = clock.instant();
        require(!issuedAt.isBefore(now.minus(configuration.maxAge())), "proof iat is too old");
        require(!issuedAt.isAfter(now.plus(configuration.clockSkew())), "proof iat is in the future");
    }

    private void checkNonce(String nonce) throws DpopRefusedException {
        if (!configuration.noncesRequired()) {
            return;
        }
        if (nonce == null || !nonces.isValid(nonce)) {
            throw DpopRefusedException.useNonce(nonce == null ? "proof has no nonce" : "proof nonce is not current");
        }
    }

    private static SignedJWT parseSigned(String proof) throws DpopRefusedException {
        JWT jwt;
        try {
            jwt = JWTParser.parse(proof);
        } catch (ParseException | RuntimeException e) {
            throw invalidProof("proof is not a well-formed JWT");
        }
        return switch (jwt) {
            case SignedJWT signed -> signed;
            case PlainJWT ignored -> throw invalidProof("proof is unsigned (alg none)");
            default -> throw invalidProof("proof is not a signed JWT");
        };
    }

    private void verifySignature(SignedJWT jwt, JWK key) throws DpopRefusedException {
        if (key instanceof ECKey ec && JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm())) {
            // No critical header parameter is understood here, as Nimbus' verifiers understand none by default.
            require(jwt.getHeader().getCriticalParams() == null, "proof signature is invalid");
            require(p256.verify(ec, jwt.getSigningInput(), jwt.getSignature().decode()), "proof signature is invalid");
            return;
        }
        try {
            JWSVerifier verifier = switch (key) {
                case RSAKey rsa when rsa.size() >= MIN_RSA_BITS -> new RSASSAVerifier(rsa);
                case ECKey ec -> new ECDSAVerifier(ec);
                default -> throw invalidProof("proof jwk does not fit the proof algorithm");
            };
            require(verifier.supportedJWSAlgorithms().contains(jwt.getHeader().getAlgorithm()),
                    "proof jwk does not fit the proof algorithm");
            require(jwt.verify(verifier), "proof signature is invalid");
        } catch (JOSEException | RuntimeException e) {
            throw invalidProof("proof signature is invalid");
        }
    }

    private static JWTClaimsSet claimsOf(SignedJWT jwt) throws DpopRefusedException {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw invalidProof("proof payload is not a valid claims set");
        }
    }

    private static String string(JWTClaimsSet claims, String name) throws DpopRefusedException {
        try {
            return claims.getStringClaim(name);
        } catch (ParseException e) {
            throw invalidProof("proof claim " + name + " is malformed");
        }
    }

    private static URI uri(String htu) throws DpopRefusedException {
        require(htu != null, "proof has no htu");
        try {
            URI uri = new URI(htu);
            require(uri.isAbsolute() && uri.getHost() != null, "proof htu is not an absolute URI");
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw invalidProof("proof htu is not an absolute URI");
        }
    }

    private static String thumbprint(JWK key) throws DpopRefusedException {
        try {
            return key.computeThumbprint().toString();
        } catch (JOSEException e) {
            throw invalidProof("proof jwk has no thumbprint");
        }
    }

    private static void require(boolean condition, String check) throws DpopRefusedException {
        if (!condition) {
            throw invalidProof(check);
        }
    }
}
