package dev.frontgate.api.problem;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** Every error Micronaut answers itself (400, 404, 405, 413, 415, …) as a problem document in our own words. */
@Singleton
@Primary
final class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    private final ProblemResponses responses;

    ProblemErrorResponseProcessor(ProblemResponses responses) {
        this.responses = responses;
    }

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        Problem problem = ErrorWording.problemFor(response.status(), context.getRootCause().orElse(null));
        return responses.write(context.getRequest(), response, problem);
    }
}
