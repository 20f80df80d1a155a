
import dev.frontgate.testing.keycloak.AuthorizationResult;
import dev.frontgate.testing.keycloak.DpopKey;
import dev.frontgate.testing.keycloak.KeycloakServer;
import dev.frontgate.testing.keycloak.PkceFlow;

import java.net.http.HttpResponse;
import java.util.Map;

/**
 * One browser (keycloak-test-support's PKCE flow, with its own cookies) signed in to one frontend client: alice logs
 * in once, then each {@link #codeFlow()} is what the SPA does on every sign-in with a live SSO session: an
 * authorization request (answered with a code, no login page) and the code exchange at the token endpoint.
 */
final class SignedInBrowser {

    private static final String SCOPE = "openid read write groups";

    /** Both clients' code exchanges carry a proof (react-frontend requires DPoP), so they do the same work. */
    private final DpopKey dpopKey = DpopKey.generate();
    private final PkceFlow flow;
    private final String clientId;

    SignedInBrowser(KeycloakServer keycloak, String clientId) {
        this.flow = keycloak.pkce().withDpopKey(dpopKey);
        this.clientId = clientId;
        flow.login(clientId, PkceFlow.FRONTEND_REDIRECT, "alice", "alice-demo", SCOPE);
    }

    /** One authorization request plus code exchange; returns the nanoseconds the token endpoint took. */
    long codeFlow() {
        String verifier = PkceFlow.newVerifier();
        AuthorizationResult redirect = flow.authorize(PkceFlow.withS256Challenge(
                PkceFlow.authorizationRequest(clientId, PkceFlow.FRONTEND_REDIRECT, SCOPE), verifier));
        String code = redirect.redirectParameter("code").orElseThrow(() -> new IllegalStateException(
                "No code: HTTP " + redirect.status() + " " + redirect.location()));
        long start = System.nanoTime();
        HttpResponse<String> tokens = flow.tokenRequest(Map.of("grant_type", "authorization_code",
                "client_id", clientId, "redirect_uri", PkceFlow.FRONTEND_REDIRECT, "code", code,
                "code_verifier", verifier), dpopKey);
        long took = System.nanoTime() - start;
        if (tokens.statusCode() != 200 || !tokens.body().contains("\"access_token\"")) {
            throw new IllegalStateException("Code exchange failed: HTTP " + tokens.statusCode() + " " + tokens.body());
        }
        return took;
    }
}
