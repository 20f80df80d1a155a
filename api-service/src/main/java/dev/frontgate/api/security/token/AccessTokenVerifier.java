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
import jakarta.inject.Singleton;

import java.text.ParseException;
import java.time.Clock;
import java.util.Optional;

/**
 * Decides whether a compact JWT is an access token meant for this service: structure, algorithm allow-list, key,
 * signature, then the claims ({@link ClaimChecks}). Every refusal names the failed check.
 */
@Singleton
public final class AccessTokenVerifier {

    /** Real Keycloak access tokens are 1–3 KiB; anything far bigger is not worth parsing. */
    static final int MAX_TOKEN_LENGTH = 8192;

    private final TokenConfiguration configuration;
    private final SigningKeys signingKeys;
    private final Clock clock;
    private final VerifiedTokenCache cache;

    AccessTokenVerifier(TokenConfiguration configuration, SigningKeys signingKeys, Clock clock,
                        VerifiedTokenCache cache) {
        this.configuration = configuration;
        this.signingKeys = signingKeys;
        this.clock = clock;
        this.cache = cache;
    }

    public VerifiedToken verify(String token) throws InvalidTokenException {
        Optional<VerifiedToken> remembered = verifyRemembered(token);
        return remembered.isPresent() ? remembered.get() : verifyUncached(token);
    }

    /** Verifies signature and claims without asking the cache (for a caller that just asked it), then remembers. */
    VerifiedToken verifyUncached(String token) throws InvalidTokenException {
        checkLength(token);
        SignedJWT jwt = parseSigned(token);
        JWSAlgorithm algorithm = jwt.getHeader().getAlgorithm();
        if (!configuration.algorithms().contains(algorithm.getName())) {
            throw new InvalidTokenException(FailedCheck.ALGORITHM, "signing algorithm is not allowed");
        }
        JWK key = keyFor(jwt.getHeader().getKeyID(), algorithm);
        verifySignature(jwt, key);
        JWTClaimsSet claims = claimsOf(jwt);
        new ClaimChecks(configuration, clock.instant()).check(claims);
        VerifiedToken verified = VerifiedToken.of(claims);
        cache.put(token, key.getKeyID(), verified);
        return verified;
    }

    /**
     * The claims of a token verified before, after the time checks of now; empty when the token is not remembered
     * or its key is no longer published. Never blocks, so it may run on an event loop.
     */
    public Optional<VerifiedToken> verifyRemembered(String token) throws InvalidTokenException {
        if (token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        Optional<VerifiedTokenCache.Entry> remembered = cache.get(token)
                .filter(entry -> signingKeys.known(entry.keyId()).isPresent());
        if (remembered.isEmpty()) {
            return Optional.empty();
        }
        VerifiedToken verified = remembered.get().token();
        new ClaimChecks(configuration, clock.instant()).checkTimes(verified.claims());
        return Optional.of(verified);
    }

    private static void checkLength(String token) throws InvalidTokenException {
        if (token.length() > MAX_TOKEN_LENGTH) {
            throw new InvalidTokenException(FailedCheck.MALFORMED,
                    "token is longer than " + MAX_TOKEN_LENGTH + " characters");
        }
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
            case PlainJWT ignored -> throw new InvalidTokenException(FailedCheck.ALGORITHM,
                    "unsigned tokens are not accepted");
            case EncryptedJWT ignored -> throw new InvalidTokenException(FailedCheck.ALGORITHM,
                    "encrypted tokens are not accepted");
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
                default -> throw new InvalidTokenException(FailedCheck.KEY,
                        "signing key does not fit the token's algorithm");
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
}
