package dev.frontgate.api.security;

import java.util.List;

/** RFC 9449 section 7.1 {@code WWW-Authenticate} values of the {@code DPoP} scheme. */
final class DpopChallenge {

    private DpopChallenge() {
    }

    /** What a client learns before it sent anything: the scheme exists, with these proof algorithms. */
    static String of(List<String> algorithms) {
        return "DPoP algs=\"" + String.join(" ", algorithms) + "\"";
    }

    /** {@code invalid_token}, {@code invalid_dpop_proof} or {@code use_dpop_nonce}, naming the failed check. */
    static String withError(List<String> algorithms, String error, String failedCheck) {
        return of(algorithms) + ", error=\"" + error + "\", error_description=\"" + failedCheck + "\"";
    }

    static String insufficientScope(List<String> algorithms, ScopeRequirement requirement) {
        return of(algorithms) + ", error=\"insufficient_scope\", scope=\"" + String.join(" ", requirement.scopes())
                + "\"";
    }
}
