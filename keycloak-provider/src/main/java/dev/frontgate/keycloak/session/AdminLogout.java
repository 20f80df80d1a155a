package dev.frontgate.keycloak.session;

import java.util.Optional;

import org.keycloak.events.admin.OperationType;

/**
 * The admin actions that end sessions themselves, as their admin event names them: "Sign out" of a user
 * ({@code ACTION users/{id}/logout}, every session of the user: {@code sub} only) and of one session
 * ({@code DELETE sessions/{id}}: {@code sid} only). Keycloak has sent its back-channel logouts by then; these are what
 * {@link LogoutRedelivery} sends again.
 */
record AdminLogout(String sid, String sub) {

    static Optional<AdminLogout> of(OperationType operation, String resourcePath) {
        String[] path = resourcePath == null ? new String[0] : resourcePath.split("/");
        if (operation == OperationType.ACTION && path.length == 3 && path[0].equals("users")
                && path[2].equals("logout")) {
            return Optional.of(new AdminLogout(null, path[1]));
        }
        if (operation == OperationType.DELETE && path.length == 2 && path[0].equals("sessions")) {
            return Optional.of(new AdminLogout(path[1], null));
        }
        return Optional.empty();
    }
}
