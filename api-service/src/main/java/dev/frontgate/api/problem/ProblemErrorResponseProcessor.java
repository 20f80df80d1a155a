package dev.frontgate.api.problem;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.List;

/** Every error Micronaut answers itself (400, 404, 405, 413, 415, …) as a problem document naming the fields. */
@Singleton
@Primary
final class ProblemErrorResponseProcessor implements ErrorResponseProcessor<String> {

    private final ProblemResponses responses;

    ProblemErrorResponseProcessor(ProblemResponses responses) {
        this.responses = responses;
    }

    @Override
    public MutableHttpResponse<String> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.status();
        List<Problem.FieldProblem> fields = context.getErrors().stream()
                .filter(error -> error.getPath().isPresent())
                .map(error -> new Problem.FieldProblem(fieldName(error), error.getMessage()))
                .toList();
        String detail = context.getErrors().stream().map(Error::getMessage).findFirst().orElse(null);
        Problem problem = Problem.of(status.getCode(), status.getReason(), detail);
        return responses.write(context.getRequest(), response, fields.isEmpty() ? problem : problem.withInvalidFields(fields));
    }

    /** Validation paths look like {@code create.request.title}; the client knows the field as {@code title}. */
    private static String fieldName(Error error) {
        String path = error.getPath().orElseThrow();
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
