package dev.frontgate.api.security;

/**
 * Thrown by an endpoint whose scope needs depend on the request body (sharing a note with a group needs
 * {@code groups}); answered like a failed scope rule.
 */
public final class InsufficientScopeException extends RuntimeException {

    private final transient ScopeRequirement requirement;

    public InsufficientScopeException(ScopeRequirement requirement) {
        super("insufficient scope", null, false, false);
        this.requirement = requirement;
    }

    ScopeRequirement requirement() {
        return requirement;
    }
}
