package dev.frontgate.api.security;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScopeRequirementTest {

    @Test
    void allOfNeedsEveryScope() {
        ScopeRequirement readAndGroups = ScopeRequirement.allOf("read", "groups");
        assertThat(readAndGroups.isMetBy(Set.of("openid", "read", "groups"))).isTrue();
        assertThat(readAndGroups.isMetBy(Set.of("read"))).isFalse();
        assertThat(readAndGroups.isMetBy(Set.of())).isFalse();
    }

    @Test
    void anyOfNeedsOneScope() {
        ScopeRequirement readOrWrite = ScopeRequirement.anyOf("read", "write");
        assertThat(readOrWrite.isMetBy(Set.of("write"))).isTrue();
        assertThat(readOrWrite.isMetBy(Set.of("groups"))).isFalse();
    }

    @Test
    void aRuleWithoutScopesIsRefusedBecauseItWouldAllowEveryToken() {
        assertThatThrownBy(() -> ScopeRequirement.allOf()).isInstanceOf(IllegalArgumentException.class);
    }
}
