package dev.frontgate.keycloak.clientpolicy.entitlement;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What happens when a user asks for a scope without holding the role it requires. */
public enum MissingRoleAction {
    /** Issue the token without the scope and log why (Keycloak's role scope mapping keeps it out). */
    WITHHOLD("withhold"),
    /** Refuse the token request with an error that names the scope and the role. */
    REFUSE("refuse");

    private final String value;

    MissingRoleAction(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    /** The values an admin may choose from, as shown in the console. */
    public static List<String> choices() {
        return Arrays.stream(values()).map(MissingRoleAction::value).toList();
    }

    public static Optional<MissingRoleAction> of(String value) {
        return Arrays.stream(values()).filter(action -> action.value.equalsIgnoreCase(value)).findFirst();
    }
}
