package dev.frontgate.api.problem;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes problem documents. The body is serialized here, not by a codec, because the JSON codec is not bound to
 * {@code application/problem+json}.
 */
@Singleton
public final class ProblemResponses {

    private final JsonMapper jsonMapper;

    ProblemResponses(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    /** A new response carrying the problem and its status. */
    public MutableHttpResponse<String> write(HttpRequest<?> request, Problem problem) {
        return write(request, HttpResponse.status(HttpStatus.valueOf(problem.status())), problem);
    }

    /** Puts the problem into a response Micronaut prepared (keeping its headers, such as {@code Allow} on 405). */
    public MutableHttpResponse<String> write(HttpRequest<?> request, MutableHttpResponse<?> response, Problem problem) {
        MutableHttpResponse<String> typed = response.status(HttpStatus.valueOf(problem.status())).body(null);
        if (request.getMethod() == HttpMethod.HEAD) {
            return typed;
        }
        try {
            return typed.body(jsonMapper.writeValueAsString(problem)).contentType(Problem.MEDIA_TYPE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
