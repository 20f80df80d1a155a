package dev.frontgate.api.problem;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every error Micronaut answers itself (400, 404, 405, 413, 415, …) as a problem document naming the fields. */
@Singleton
@Primary
final class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    private static final Pattern DECODED_PROPERTY = Pattern.compile("decoding property \\[\\S+ (\\w+)]");

    private final ProblemResponses responses;

    ProblemErrorResponseProcessor(ProblemResponses responses) {
        this.responses = responses;
    }

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.status();
        List<Problem.FieldProblem> fields = context.getErrors().stream()
                .filter(error -> error.getPath().isPresent())
                .map(error -> new Problem.FieldProblem(fieldName(error), readable(error.getMessage())))
                .toList();
        String detail = context.getErrors().stream().map(error -> readable(error.getMessage())).findFirst()
                .orElse(null);
        Problem problem = Problem.of(status.getCode(), status.getReason(), detail);
        return responses.write(context.getRequest(), response, fields.isEmpty() ? problem : problem.withInvalidFields(fields));
    }

    /**
     * Micronaut names the method argument ({@code /page}, {@code /request} for the body); when the JSON decoder
     * names the property it failed on, that is the field the client knows.
     */
    private static String fieldName(Error error) {
        Matcher property = DECODED_PROPERTY.matcher(error.getMessage());
        if (property.find()) {
            return property.group(1);
        }
        String path = error.getPath().orElseThrow();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The parser's position note ("at [Source: REDACTED …]") helps no client. */
    private static String readable(String message) {
        int sourceNote = message.indexOf("\n at [Source");
        return (sourceNote < 0 ? message : message.substring(0, sourceNote)).strip();
    }
}
