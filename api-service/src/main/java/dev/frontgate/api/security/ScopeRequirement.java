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
 * @param anyOf  true when one of {@link #scopes()} is enough, false when all are needed
 * @param scopes the scope names, in declaration order
 */
public record ScopeRequirement(boolean anyOf, List<String> scopes) {

    private static final Set<HttpMethod> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    public ScopeRequirement {
        scopes = List.copyOf(scopes);
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("a scope rule needs at least one scope");
        }
    }

    /** The rule of an endpoint: its method's scope annotation, else its class's; empty when it states none. */
    public static Optional<ScopeRequirement> of(AnnotationMetadata endpoint, HttpMethod method) {
        return declaredOn(endpoint.getDeclaredMetadata(), method).or(() -> declaredOn(endpoint, method));
    }

    public boolean isMetBy(Collection<String> granted) {
        return anyOf ? scopes.stream().anyMatch(granted::contains) : granted.containsAll(scopes);
    }

    private static Optional<ScopeRequirement> declaredOn(AnnotationMetadata metadata, HttpMethod method) {
        if (metadata.hasAnnotation(RequiresScopes.class)) {
            return Optional.of(new ScopeRequirement(false, List.of(metadata.stringValues(RequiresScopes.class))));
        }
        if (metadata.hasAnnotation(RequiresAnyScope.class)) {
            return Optional.of(new ScopeRequirement(true, List.of(metadata.stringValues(RequiresAnyScope.class))));
        }
        if (metadata.hasAnnotation(ReadWriteScopes.class)) {
            List<String> scopes = new ArrayList<>();
            scopes.add(SAFE_METHODS.contains(method) ? Scopes.READ : Scopes.WRITE);
            scopes.addAll(List.of(metadata.stringValues(ReadWriteScopes.class)));
            return Optional.of(new ScopeRequirement(false, scopes));
        }
        return Optional.empty();
    }
}
