package dev.frontgate.keycloak.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.keycloak.events.admin.OperationType;

class AdminLogoutTest {

    @Test
    void signingOutAUserEndsEverySessionOfTheUser() {
        assertThat(AdminLogout.of(OperationType.ACTION, "users/u1/logout")).contains(new AdminLogout(null, "u1"));
    }

    @Test
    void deletingASessionEndsThatSession() {
        assertThat(AdminLogout.of(OperationType.DELETE, "sessions/s1")).contains(new AdminLogout("s1", null));
    }

    @Test
    void otherAdminEventsEndNothing() {
        assertThat(AdminLogout.of(OperationType.ACTION, "users/u1/reset-password")).isEmpty();
        assertThat(AdminLogout.of(OperationType.DELETE, "users/u1")).isEmpty();
        assertThat(AdminLogout.of(OperationType.UPDATE, "sessions/s1")).isEmpty();
        assertThat(AdminLogout.of(OperationType.ACTION, null)).isEmpty();
    }
}
