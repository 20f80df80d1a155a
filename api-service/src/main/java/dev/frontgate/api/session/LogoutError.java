package dev.frontgate.api.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

/** The 400 body of a refused logout token, as OAuth 2.0 (RFC 6749 section 5.2) spells errors. */
@Serdeable
record LogoutError(String error, @JsonProperty("error_description") String errorDescription) {
}
