package dev.frontgate.keycloak.clientpolicy.guard;

import java.util.Optional;

/**
 * What goes into a frontend client's tokens besides the user's answer to the scope request: its default client
 * scopes (in every token), its optional client scopes (on request) and protocol mappers of its own.
 */
final class ClientScopeRules {

    private ClientScopeRules() {
    }

    static Optional<String> firstViolation(ClientSettings client, GuardSettings guard) {
        Optional<String> defaultScope = client.defaultScopes().stream()
                .filter(scope -> !guard.defaultScopes().contains(scope)).findFirst();
        if (defaultScope.isPresent()) {
            return Optional.of(GuardRule.DEFAULT_SCOPES.refusal("default client scope '" + defaultScope.get() + "'"));
        }
        Optional<String> optionalScope = client.optionalScopes().stream()
                .filter(scope -> !guard.allowsScope(scope)).findFirst();
        if (optionalScope.isPresent()) {
            return Optional.of(GuardRule.OPTIONAL_SCOPES.refusal("optional client scope '" + optionalScope.get()
                    + "'"));
        }
        return client.ownMappers().stream().findFirst()
                .map(mapper -> GuardRule.NO_OWN_PROTOCOL_MAPPERS.refusal("protocol mapper '" + mapper + "'"));
    }
}
