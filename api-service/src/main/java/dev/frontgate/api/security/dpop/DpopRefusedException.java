package dev.frontgate.api.security.dpop;

/**
 * A DPoP check failed. The message becomes the {@code error_description} of the {@code DPoP} challenge, so it names
 * the check and never contains any part of the proof or token.
 */
public final class DpopRefusedException extends Exception {

    /** RFC 9449 section 7.1: the proof is missing, malformed or does not fit the request or token. */
    public static final String INVALID_DPOP_PROOF = "invalid_dpop_proof";
    /** RFC 9449 section 9: the proof must carry the nonce sent in {@code DPoP-Nonce}. */
    public static final String USE_DPOP_NONCE = "use_dpop_nonce";

    private final String error;

    private DpopRefusedException(String error, String check) {
        super(check, null, false, false);
        this.error = error;
    }

    static DpopRefusedException invalidProof(String check) {
        return new DpopRefusedException(INVALID_DPOP_PROOF, check);
    }

    static DpopRefusedException useNonce(String check) {
        return new DpopRefusedException(USE_DPOP_NONCE, check);
    }

    public String error() {
        return error;
    }
}
