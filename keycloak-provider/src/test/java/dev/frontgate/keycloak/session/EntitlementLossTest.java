package dev.frontgate.keycloak.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;

import dev.frontgate.keycloak.session.EntitlementLoss.Kind;

class EntitlementLossTest {

    record Case(OperationType operation, ResourceType resource, String path, Optional<EntitlementLoss> expected) {

        @Override
        public String toString() {
            return operation + " " + resource + " " + path;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case(OperationType.DELETE, ResourceType.GROUP_MEMBERSHIP, "users/u1/groups/g1",
                        Optional.of(new EntitlementLoss(Kind.USER, "u1"))),
                new Case(OperationType.CREATE, ResourceType.GROUP_MEMBERSHIP, "users/u1/groups/g1", Optional.empty()),
                new Case(OperationType.DELETE, ResourceType.REALM_ROLE_MAPPING, "users/u1/role-mappings/realm",
                        Optional.of(new EntitlementLoss(Kind.USER, "u1"))),
                new Case(OperationType.DELETE, ResourceType.CLIENT_ROLE_MAPPING, "users/u1/role-mappings/clients/c1",
                        Optional.of(new EntitlementLoss(Kind.USER, "u1"))),
                new Case(OperationType.CREATE, ResourceType.REALM_ROLE_MAPPING, "users/u1/role-mappings/realm",
                        Optional.empty()),
                new Case(OperationType.DELETE, ResourceType.REALM_ROLE_MAPPING, "groups/g1/role-mappings/realm",
                        Optional.of(new EntitlementLoss(Kind.GROUP_MEMBERS, "g1"))),
                new Case(OperationType.UPDATE, ResourceType.USER, "users/u1",
                        Optional.of(new EntitlementLoss(Kind.USER_IF_DISABLED, "u1"))),
                new Case(OperationType.UPDATE, ResourceType.USER, "users/u1/reset-password", Optional.empty()),
                new Case(OperationType.DELETE, ResourceType.CLIENT, "clients/c1", Optional.empty()),
                new Case(OperationType.ACTION, ResourceType.USER, "users/u1/logout", Optional.empty()),
                new Case(OperationType.DELETE, ResourceType.GROUP_MEMBERSHIP, "users", Optional.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void endsSessionsOnlyWhenSomethingIsTakenAway(Case example) {
        assertThat(EntitlementLoss.of(example.operation(), example.resource(), example.path()))
                .isEqualTo(example.expected());
    }
}
