package dev.frontgate.api.problem;

import dev.frontgate.api.requestid.RequestIds;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;

/**
 * Writes problem documents, each with its request's id; Micronaut's JSON codec serializes them as
 * {@code application/problem+json}.
 */
@Singleton
public final class ProblemResponses {

    /** A new response carrying the problem and its status. */
    public MutableHttpResponse<Problem> write(HttpRequest<?> request, Problem problem) {
        return write(request, HttpResponse.status(HttpStatus.valueOf(problem.status())), problem);
    }

    /** Puts the problem into a response Micronaut prepared (keeping its headers, such as {@code Allow} on 405). */
    public MutableHttpResponse<Problem> write(HttpRequest<?> request, MutableHttpResponse<?> response, Problem problem) {
        MutableHttpResponse<Problem> typed = response.status(HttpStatus.valueOf(problem.status())).body(null);
        return request.getMethod() == HttpMethod.HEAD
                ? typed : typed.body(problem.withRequestId(RequestIds.of(request))).contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE);
    }
}
