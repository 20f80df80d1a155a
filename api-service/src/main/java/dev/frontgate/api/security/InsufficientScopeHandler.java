package dev.frontgate.api.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

@Singleton
@Produces
final class InsufficientScopeHandler implements ExceptionHandler<InsufficientScopeException, MutableHttpResponse<?>> {

    private final BearerErrorHandler bearerErrors;

    InsufficientScopeHandler(BearerErrorHandler bearerErrors) {
        this.bearerErrors = bearerErrors;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, InsufficientScopeException exception) {
        return bearerErrors.insufficientScope(request, exception.requirement());
    }
}
