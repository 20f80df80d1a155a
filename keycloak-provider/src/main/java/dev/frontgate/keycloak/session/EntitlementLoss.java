package dev.frontgate.keycloak.session;

import java.util.Optional;

import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;

/**
 * Which admin changes may take away what a user's tokens grant, and whose sessions must therefore end: a pure rule
 * over the admin event, so it is tested without Keycloak.
 *
 * <ul>
 *   <li>a user leaves a group (its roles, such as {@code editor} of {@code editors}, and its name in {@code groups});
 *   <li>a realm or client role is removed from a user;
 *   <li>a user is updated: ends access when the update disabled the user (the caller checks);
 *   <li>a role is removed from a group: every member of the group and of its subgroups loses it.
 * </ul>
 * Additions never end a session: tokens with fewer rights than the user now has are harmless.
 */
record EntitlementLoss(Kind kind, String id) {

    enum Kind {
        /** The user's sessions end. */
        USER,
        /** The user's sessions end if the user is disabled now. */
        USER_IF_DISABLED,
        /** The sessions of every member of the group, and of its subgroups, end. */
        GROUP_MEMBERS
    }

    static Optional<EntitlementLoss> of(OperationType operation, ResourceType resource, String resourcePath) {
        if (operation == null || resource == null || resourcePath == null) {
            return Optional.empty();
        }
        String[] path = resourcePath.split("/");
        if (path.length < 2) {
            return Optional.empty();
        }
        boolean userPath = path[0].equals("users");
        boolean groupPath = path[0].equals("groups");
        return switch (resource) {
            case GROUP_MEMBERSHIP -> operation == OperationType.DELETE && userPath
                    ? Optional.of(new EntitlementLoss(Kind.USER, path[1])) : Optional.empty();
            case REALM_ROLE_MAPPING, CLIENT_ROLE_MAPPING -> operation != OperationType.DELETE
                    ? Optional.empty()
                    : userPath ? Optional.of(new EntitlementLoss(Kind.USER, path[1]))
                    : groupPath ? Optional.of(new EntitlementLoss(Kind.GROUP_MEMBERS, path[1]))
                    : Optional.empty();
            case USER -> operation == OperationType.UPDATE && userPath && path.length == 2
                    ? Optional.of(new EntitlementLoss(Kind.USER_IF_DISABLED, path[1])) : Optional.empty();
            default -> Optional.empty();
        };
    }
}
