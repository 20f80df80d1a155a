package dev.frontgate.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An RFC 9457 problem document, with the extension members this API uses.
 *
 * @param error          the RFC 6750 error code on 401/403 ({@code invalid_token}, {@code insufficient_scope})
 * @param requiredScopes the scopes the endpoint needs, on {@code insufficient_scope} (as Django OAuth Toolkit does)
 * @param invalidFields  the request fields that were rejected, on 400
 * @param requestId      the request's id ({@code X-Request-Id}), to find its audit line and log lines
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        @Nullable String detail,
        @Nullable String error,
        @Nullable @JsonProperty("required_scopes") List<String> requiredScopes,
        @Nullable @JsonProperty("invalid_fields") List<FieldProblem> invalidFields,
        @Nullable @JsonProperty("request_id") String requestId) {

    public static Problem of(int status, String title, @Nullable String detail) {
        return new Problem("about:blank", title, status, detail, null, null, null, null);
    }

    public Problem withError(String rfc6750Error) {
        return new Problem(type, title, status, detail, rfc6750Error, requiredScopes, invalidFields, requestId);
    }

    public Problem withRequiredScopes(List<String> scopes) {
        return new Problem(type, title, status, detail, error, List.copyOf(scopes), invalidFields, requestId);
    }

    public Problem withInvalidFields(List<FieldProblem> fields) {
        return new Problem(type, title, status, detail, error, requiredScopes, List.copyOf(fields), requestId);
    }

    Problem withRequestId(@Nullable String id) {
        return new Problem(type, title, status, detail, error, requiredScopes, invalidFields, id);
    }

    /** One rejected request field. */
    @Serdeable
    public record FieldProblem(String field, String message) {
    }
}
