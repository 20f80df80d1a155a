package dev.frontgate.api.me;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.frontgate.api.security.Caller;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The caller as the token describes them; scopes sorted so the answer is stable. */
@Serdeable
record MeResponse(
        String sub,
        @JsonProperty("preferred_username") String preferredUsername,
        String azp,
        List<String> scopes,
        List<String> groups) {

    static MeResponse of(Caller caller) {
        return new MeResponse(caller.subject(), caller.username(), caller.client(),
                caller.scopes(), caller.groups());
    }
}
