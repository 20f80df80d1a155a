package dev.frontgate.api.problem;

import com.fasterxml.jackson.core.JsonParseException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our own words for the errors Micronaut answers itself. Its messages are never passed on: they carry the JSON
 * parser's text and the values the client sent (a query value, a URI), which a client could use to have the service
 * echo content of its choosing. A field is named only by what the service itself declares.
 */
final class ErrorWording {

    /** The body field, when the body as a whole is wrong; the README documents this name. */
    static final String BODY_FIELD = "request";

    /** How the JSON decoder names a record component it failed on: {@code decoding property [Long version]}. */
    private static final Pattern DECODED_PROPERTY = Pattern.compile("decoding property \\[([\\w.<>]+) (\\w+)]");
    private static final Set<String> WHOLE_NUMBERS = Set.of("int", "Integer", "long", "Long", "short", "Short");

    private ErrorWording() {
    }

    static Problem problemFor(HttpStatus status, @Nullable Throwable cause) {
        return switch (status) {
            case BAD_REQUEST -> badRequest(cause);
            case NOT_FOUND -> problem(status, "Nothing is served at this path.");
            case METHOD_NOT_ALLOWED ->
                    problem(status, "This path does not take this method; the Allow header lists the ones it takes.");
            case NOT_ACCEPTABLE -> problem(status, "The service can not answer in a media type this request accepts.");
            case REQUEST_ENTITY_TOO_LARGE -> problem(status, "The request body is larger than this service accepts.");
            case UNSUPPORTED_MEDIA_TYPE -> problem(status, "The request body must be application/json.");
            default -> problem(status, status.getCode() >= 500 ? "The service could not answer this request." : null);
        };
    }

    private static Problem problem(HttpStatus status, @Nullable String detail) {
        return Problem.of(status.getCode(), status.getReason(), detail);
    }

    private static Problem badRequest(@Nullable Throwable cause) {
        if (isSyntaxError(cause)) {
            return notJson();
        }
        if (cause instanceof ConversionErrorException conversion) {
            return conversionFailed(conversion);
        }
        Argument<?> missing = cause instanceof UnsatisfiedArgumentException unsatisfied ? unsatisfied.getArgument()
                : cause instanceof UnsatisfiedRouteException route ? route.getArgument() : null;
        if (missing != null) {
            return isBody(missing)
                    ? invalid("The request needs a JSON body.", BODY_FIELD, "is required")
                    : invalid(missing.getName(), "is required");
        }
        return problem(HttpStatus.BAD_REQUEST, "The request is malformed.");
    }

    private static Problem conversionFailed(ConversionErrorException conversion) {
        Argument<?> argument = conversion.getArgument();
        if (!isBody(argument)) {
            return invalid(argument.getName(), typeMessage(argument.getType().getSimpleName()));
        }
        Matcher property = DECODED_PROPERTY.matcher(String.valueOf(conversion.getMessage()));
        if (property.find() && declares(argument.getType(), property.group(2))) {
            return invalid(property.group(2), typeMessage(property.group(1)));
        }
        return invalid("The request body is not a JSON object of the documented form.", BODY_FIELD,
                "must be a JSON object with the documented fields");
    }

    private static Problem notJson() {
        return invalid("The request body is not valid JSON.", BODY_FIELD, "is not valid JSON");
    }

    private static String typeMessage(String typeName) {
        if (WHOLE_NUMBERS.contains(typeName)) {
            return "must be a whole number in range";
        }
        return "String".equals(typeName) ? "must be a string" : "has the wrong type";
    }

    /** The decoder's message names the property; it is repeated only when the body's record declares it. */
    private static boolean declares(Class<?> bodyType, String property) {
        return BeanIntrospector.SHARED.findIntrospection(bodyType)
                .flatMap(introspection -> introspection.getProperty(property)).isPresent();
    }

    private static boolean isBody(Argument<?> argument) {
        return argument.getAnnotationMetadata().hasAnnotation(Body.class);
    }

    private static boolean isSyntaxError(@Nullable Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonSyntaxException || cause instanceof JsonParseException) {
                return true;
            }
        }
        return false;
    }

    private static Problem invalid(String field, String message) {
        return invalid("Invalid fields: " + field + ".", field, message);
    }

    private static Problem invalid(String detail, String field, String message) {
        return problem(HttpStatus.BAD_REQUEST, detail).withInvalidFields(List.of(new Problem.FieldProblem(field, message)));
    }
}
