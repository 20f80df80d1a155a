package dev.frontgate.api.notes;

import dev.frontgate.api.problem.ProblemResponses;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

@Singleton
@Produces
final class NoteRefusedHandler implements ExceptionHandler<NoteRefusedException, MutableHttpResponse<?>> {

    private final ProblemResponses responses;

    NoteRefusedHandler(ProblemResponses responses) {
        this.responses = responses;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, NoteRefusedException exception) {
        return responses.write(request, exception.problem());
    }
}
