package dev.frontgate.api.security;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.filters.SecurityFilter;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Lets an endpoint take the {@link Caller} of a verified token as a parameter, as it could take Authentication. Reads
 * the request's principal as stored, without a conversion, because every authenticated request binds it.
 */
@Singleton
final class CallerArgumentBinder implements TypedRequestArgumentBinder<Caller> {

    private static final Argument<Caller> TYPE = Argument.of(Caller.class);

    @Override
    public BindingResult<Caller> bind(ArgumentConversionContext<Caller> context, HttpRequest<?> request) {
        if (!request.getAttributes().contains(SecurityFilter.KEY)) {
            return BindingResult.UNSATISFIED;
        }
        if (request.getAttributes().getValue(SecurityFilter.AUTHENTICATION) instanceof Caller caller) {
            Optional<Caller> bound = Optional.of(caller);
            return () -> bound;
        }
        return BindingResult.EMPTY;
    }

    @Override
    public Argument<Caller> argumentType() {
        return TYPE;
    }
}
