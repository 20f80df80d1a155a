package dev.frontgate.api.docs;

import dev.frontgate.api.problem.Problem;
import io.micronaut.http.MediaType;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problem+json answers of the API, one annotation per kind, so that each operation documents the errors it can
 * give in one word instead of repeating the response, header and schema details.
 */
public final class DocumentedProblems {

    private DocumentedProblems() {
    }

    /** 401 and 403: every operation that needs a token. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "401", description = "No access token, or one that was refused (RFC 6750 "
            + "invalid_token), or a refused DPoP proof (RFC 9449 invalid_dpop_proof, or use_dpop_nonce with a "
            + "DPoP-Nonce header); error_description names the failed check. Two WWW-Authenticate challenges, "
            + "Bearer and DPoP, the scheme the client used first; each carries resource_metadata, the URL of this "
            + "API's RFC 9728 metadata.",
            headers = @Header(name = "WWW-Authenticate", description = "Bearer realm=\"frontgate\"[, "
                    + "error=\"invalid_token\", error_description=\"…\"], resource_metadata=\"…\" and "
                    + "DPoP algs=\"…\"[, error=\"invalid_dpop_proof\", error_description=\"…\"], "
                    + "resource_metadata=\"…\""),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The token lacks a scope this operation needs (RFC 6750 "
            + "insufficient_scope; required_scopes lists them), or the caller may not change this note.",
            headers = @Header(name = "WWW-Authenticate",
                    description = "Bearer realm=\"frontgate\", error=\"insufficient_scope\", scope=\"…\" (DPoP "
                            + "algs=\"…\", error=\"insufficient_scope\", scope=\"…\" for a DPoP request)"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_PROBLEM, schema = @Schema(implementation = Problem.class)))
    public @interface TokenProblems {
    }

    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "400", description = "Malformed JSON, wrong types, missing or too long fields, bad "
            + "paging or a foreign group; invalid_fields names each field.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_PROBLEM, schema = @Schema(implementation = Problem.class)))
    public @interface BadRequest {
    }

    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "404", description = "No such note, or one the caller may not see.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_PROBLEM, schema = @Schema(implementation = Problem.class)))
    public @interface NotFound {
    }

    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "409", description = "The version sent is not the current one: the note was "
            + "changed in the meantime and this change was not applied.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_PROBLEM, schema = @Schema(implementation = Problem.class)))
    public @interface StaleVersion {
    }

    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "413", description = "The body is over 64 KiB.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_PROBLEM, schema = @Schema(implementation = Problem.class)))
    public @interface TooLarge {
    }
}
