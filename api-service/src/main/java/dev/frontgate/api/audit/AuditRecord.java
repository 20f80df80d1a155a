package dev.frontgate.api.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One line of the audit trail: a 401, a 403, or a write. It names who and what, never a token, a proof or a body.
 * The fields are documented in docs/operations.md.
 *
 * @param time          when the answer was sent (ISO-8601, UTC)
 * @param requestId     the request's id, as in its {@code X-Request-Id} answer header and problem body
 * @param method        the HTTP method
 * @param route         the matched route template ({@code /api/notes/{id}}), or {@code unmatched}
 * @param status        the answer's status
 * @param outcome       {@code invalid_token}, {@code missing_token}, {@code insufficient_scope}, {@code forbidden},
 *                      or for a write {@code allowed} (2xx/3xx) or {@code failed}
 * @param reason        the refusal's reason ({@code signature}, {@code write}, …); null for writes not refused
 * @param sub           the verified token's {@code sub}; null when no token was verified
 * @param azp           the verified token's {@code azp}; null when no token was verified
 * @param clientAddress the peer's IP address
 */
@Serdeable
record AuditRecord(String time,
                   @JsonProperty("request_id") @Nullable String requestId,
                   String method,
                   String route,
                   int status,
                   String outcome,
                   @Nullable String reason,
                   @Nullable String sub,
                   @Nullable String azp,
                   @JsonProperty("client_address") @Nullable String clientAddress) {
}
