package dev.frontgate.api.session;

import dev.frontgate.api.security.token.InvalidTokenException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * OIDC Back-Channel Logout 1.0 receiver: Keycloak posts a logout token here when a session of a frontend client ends
 * (sign-out, an admin's sign-out, a revoked session). Open, as the spec wants: the signed token is the credential.
 * Answers 200, or 400 {@code invalid_request} and nothing ended (section 2.8). Keycloak calls it server to server;
 * browsers have no business here, so no CORS configuration names it.
 */
@Controller("/backchannel-logout")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class BackchannelLogoutController {

    private static final Logger LOG = LoggerFactory.getLogger(BackchannelLogoutController.class);

    private final LogoutTokenVerifier verifier;
    private final LogoutRecorder recorder;
    private final EndedSessions endedSessions;

    BackchannelLogoutController(LogoutTokenVerifier verifier, LogoutRecorder recorder, EndedSessions endedSessions) {
        this.verifier = verifier;
        this.recorder = recorder;
        this.endedSessions = endedSessions;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "OIDC back-channel logout (for Keycloak)", description = "Keycloak posts a logout token "
            + "(form field logout_token) when a session of a frontend client ends; the API then refuses that "
            + "session's access tokens. 200, or 400 with error invalid_request.")
    HttpResponse<?> logout(@Body Map<String, String> form) {
        try {
            EndedSession ended = recorder.record(verifier.verify(form.get("logout_token")));
            endedSessions.add(ended);
            LOG.info("Back-channel logout: {} ended", ended.sid() != null ? "a session" : "every session of a user");
            return HttpResponse.ok().header("Cache-Control", "no-store");
        } catch (InvalidTokenException e) {
            LOG.info("Back-channel logout refused: {}", e.getMessage());
            return HttpResponse.badRequest(new LogoutError("invalid_request", e.getMessage()))
                    .header("Cache-Control", "no-store");
        }
    }
}
