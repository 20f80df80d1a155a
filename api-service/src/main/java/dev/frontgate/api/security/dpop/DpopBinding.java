package dev.frontgate.api.security.dpop;

import dev.frontgate.api.discovery.ProtectedResource;
import dev.frontgate.api.security.token.Credentials;
import dev.frontgate.api.security.token.FailedCheck;
import dev.frontgate.api.security.token.InvalidTokenException;
import dev.frontgate.api.security.token.VerifiedToken;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.net.URI;
import java.text.ParseException;
import java.util.List;
import java.util.Map;

import static dev.frontgate.api.security.dpop.DpopRefusedException.invalidProof;

/**
 * Whether a verified token may be used the way it was sent, checked on every request (the verified-token cache
 * serves only the token's own checks): a DPoP-bound token only with the {@code DPoP} scheme and a fresh proof of its
 * key for this very request (RFC 9449 section 7.1), an unbound one only with {@code Bearer} and only from a client
 * that is not required to use DPoP.
 */
@Singleton
public final class DpopBinding {

    public static final String PROOF_HEADER = "DPoP";

    private final DpopConfiguration configuration;
    private final DpopProofVerifier proofs;
    private final UsedProofs usedProofs;
    private final ProtectedResource resource;

    DpopBinding(DpopConfiguration configuration, DpopProofVerifier proofs, UsedProofs usedProofs,
                ProtectedResource resource) {
        this.configuration = configuration;
        this.proofs = proofs;
        this.usedProofs = usedProofs;
        this.resource = resource;
    }

    /** Passes or throws; with the DPoP scheme it blocks on the database (the {@code jti} record). */
    public void check(HttpRequest<?> request, Credentials credentials, VerifiedToken token)
            throws InvalidTokenException, DpopRefusedException {
        String boundKey = boundKey(token);
        if (!credentials.isDpop()) {
            if (boundKey != null) {
                throw new InvalidTokenException(FailedCheck.DPOP_BINDING, "token is DPoP-bound: send it with the DPoP scheme and a DPoP proof");
            }
            String client = token.caller().client();
            if (configuration.requiredClients().contains(client)) {
                throw new InvalidTokenException(FailedCheck.DPOP_BINDING, "client " + client + " must use DPoP-bound tokens");
            }
            return;
        }
        if (boundKey == null) {
            throw new InvalidTokenException(FailedCheck.DPOP_BINDING, "token is not DPoP-bound, so the DPoP scheme does not apply");
        }
        List<String> headers = request.getHeaders().getAll(PROOF_HEADER);
        if (headers.size() != 1) {
            throw invalidProof(headers.isEmpty() ? "a DPoP proof is required" : "exactly one DPoP header is allowed");
        }
        VerifiedProof proof = proofs.verify(headers.getFirst(), target(request), credentials.token(), boundKey);
        if (!usedProofs.firstUse(proof)) {
            throw invalidProof("proof was used before (its jti is not new)");
        }
    }

    private ProofTarget target(HttpRequest<?> request) throws DpopRefusedException {
        try {
            return new ProofTarget(request.getMethodName(),
                    URI.create(resource.originOf(request) + request.getUri().getRawPath()));
        } catch (IllegalArgumentException e) {
            throw invalidProof("the request's Host is not a valid host");
        }
    }

    /** The token's {@code cnf.jkt} (RFC 9449 section 6.1), or null for an unbound token. */
    private static String boundKey(VerifiedToken token) throws InvalidTokenException {
        try {
            Map<String, Object> cnf = token.claims().getJSONObjectClaim("cnf");
            Object jkt = cnf == null ? null : cnf.get("jkt");
            if (cnf != null && !(jkt instanceof String)) {
                throw new InvalidTokenException(FailedCheck.DPOP_BINDING, "claim cnf has no jkt");
            }
            return (String) jkt;
        } catch (ParseException e) {
            throw new InvalidTokenException(FailedCheck.DPOP_BINDING, "claim cnf is malformed");
        }
    }
}
