package dev.frontgate.api.security;

import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.http.HttpMethod;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The scopes an endpoint needs, resolved from its scope annotation for one HTTP method.
 *
 * @param match  whether all of {@link #scopes()} are needed, or one is enough
 * @param scopes the scope names, in declaration order
 */
public record ScopeRequirement(Match match, List<String> scopes) {

    /** How many of the scopes a token needs. */
    public enum Match { ALL_OF, ANY_OF }

    private static final Set<HttpMethod> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    public ScopeRequirement {
        scopes = List.copyOf(scopes);
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("a scope rule needs at least one scope");
        }
    }

    public static ScopeRequirement allOf(List<String> scopes) {
        return new ScopeRequirement(Match.ALL_OF, scopes);
    }

    public static ScopeRequirement allOf(String... scopes) {
        return allOf(List.of(scopes));
    }

    public static ScopeRequirement anyOf(String... scopes) {
        return new ScopeRequirement(Match.ANY_OF, List.of(scopes));
    }

    /** The rule of an endpoint: its method's scope annotation, else its class's; empty when it states none. */
    public static Optional<ScopeRequirement> of(AnnotationMetadata endpoint, HttpMethod method) {
        return declaredOn(endpoint.getDeclaredMetadata(), method).or(() -> declaredOn(endpoint, method));
    }

    public boolean isMetBy(Collection<String> granted) {
        return switch (match) {
            case ALL_OF -> granted.containsAll(scopes);
            case ANY_OF -> scopes.stream().anyMatch(granted::contains);
        };
    }

    private static Optional<ScopeRequirement> declaredOn(AnnotationMetadata metadata, HttpMethod method) {
        if (metadata.hasAnnotation(RequiresScopes.class)) {
            return Optional.of(allOf(metadata.stringValues(RequiresScopes.class)));
        }
        if (metadata.hasAnnotation(RequiresAnyScope.class)) {
            return Optional.of(anyOf(metadata.stringValues(RequiresAnyScope.class)));
        }
        if (metadata.hasAnnotation(ReadWriteScopes.class)) {
            List<String> scopes = new ArrayList<>();
            scopes.add(SAFE_METHODS.contains(method) ? Scopes.READ : Scopes.WRITE);
            scopes.addAll(List.of(metadata.stringValues(ReadWriteScopes.class)));
            return Optional.of(allOf(scopes));
        }
        return Optional.empty();
    }
}
