package dev.frontgate.keycloak.clientpolicy.entitlement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The outcome of checking one token request against the scope requirements: the scopes withheld (each with its
 * reason) or a refusal. Withholding is only ever reported, never done here: Keycloak removes a scope from the token
 * when the user holds none of the client scope's role scope mappings. When that mapping is missing, Keycloak would
 * issue the scope anyway, so the request is refused instead of logging a withholding that would not happen.
 */
record EntitlementDecision(List<String> withheld, Optional<String> refusal) {

    static EntitlementDecision of(String requestedScope, EntitlementSettings settings, Predicate<String> userHoldsRole,
            Predicate<String> keycloakWithholdsScope) {
        Set<String> requested = requestedScope == null
                ? Set.of()
                : Arrays.stream(requestedScope.trim().split("\\s+")).collect(Collectors.toSet());
        List<String> withheld = new ArrayList<>();
        for (ScopeRoleRequirement requirement : settings.requirements()) {
            if (!requested.contains(requirement.scope()) || userHoldsRole.test(requirement.role())) {
                continue;
            }
            String reason = "scope '" + requirement.scope() + "' requires realm role '" + requirement.role()
                    + "', which the user does not hold";
            if (settings.onMissingRole() == MissingRoleAction.REFUSE) {
                return refuse(reason);
            }
            if (!keycloakWithholdsScope.test(requirement.scope())) {
                return refuse(reason + "; client scope '" + requirement.scope() + "' has no role scope mapping that "
                        + "keeps it out of the token, so the request is refused (map the role to the client scope "
                        + "to withhold the scope instead)");
            }
            withheld.add(reason);
        }
        return new EntitlementDecision(List.copyOf(withheld), Optional.empty());
    }

    private static EntitlementDecision refuse(String reason) {
        return new EntitlementDecision(List.of(), Optional.of("Scope entitlement: " + reason));
    }
}
