package dev.frontgate.api.security.token;

import jakarta.inject.Singleton;

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
    private final SignedTokens signedTokens;

    AccessTokenVerifier(TokenConfiguration configuration, SigningKeys signingKeys, Clock clock,
                        VerifiedTokenCache cache) {
        this.configuration = configuration;
        this.signingKeys = signingKeys;
        this.clock = clock;
        this.cache = cache;
        this.signedTokens = new SignedTokens(signingKeys, configuration.algorithms());
    }

    public VerifiedToken verify(String token) throws InvalidTokenException {
        Optional<VerifiedToken> remembered = verifyRemembered(token);
        return remembered.isPresent() ? remembered.get() : verifyUncached(token);
    }

    /** Verifies signature and claims without asking the cache (for a caller that just asked it), then remembers. */
    VerifiedToken verifyUncached(String token) throws InvalidTokenException {
        checkLength(token);
        SignedTokens.Verified signed = signedTokens.verify(token);
        new ClaimChecks(configuration, clock.instant()).check(signed.claims());
        VerifiedToken verified = VerifiedToken.of(signed.claims());
        cache.put(token, signed.keyId(), verified);
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
}
