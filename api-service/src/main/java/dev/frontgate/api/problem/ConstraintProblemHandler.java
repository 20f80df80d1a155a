package dev.frontgate.api.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;

import java.util.Comparator;
import java.util.List;

/** Validation failures as 400 problems that name each field the way the client sent it. */
@Singleton
@Produces
@Replaces(ConstraintExceptionHandler.class)
final class ConstraintProblemHandler implements ExceptionHandler<ConstraintViolationException, MutableHttpResponse<?>> {

    private final ProblemResponses responses;

    ConstraintProblemHandler(ProblemResponses responses) {
        this.responses = responses;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, ConstraintViolationException exception) {
        List<Problem.FieldProblem> fields = exception.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldProblem(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldProblem::field))
                .toList();
        String names = String.join(", ", fields.stream().map(Problem.FieldProblem::field).distinct().toList());
        Problem problem = Problem.of(400, "Bad Request", "Invalid fields: " + names + ".").withInvalidFields(fields);
        return responses.write(request, problem);
    }

    /** The path runs method, parameter, property ({@code create.request.title}); the client knows the last. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String field = "";
        for (Path.Node node : violation.getPropertyPath()) {
            field = node.getName();
        }
        return field;
    }
}
