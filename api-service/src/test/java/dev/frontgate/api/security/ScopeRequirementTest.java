package dev.frontgate.api.security;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScopeRequirementTest {

    @Test
    void allOfNeedsEveryScope() {
        ScopeRequirement readAndGroups = ScopeRequirement.allOf("read", "groups");
        assertTrue(readAndGroups.isMetBy(Set.of("openid", "read", "groups")));
        assertFalse(readAndGroups.isMetBy(Set.of("read")));
        assertFalse(readAndGroups.isMetBy(Set.of()));
    }

    @Test
    void anyOfNeedsOneScope() {
        ScopeRequirement readOrWrite = ScopeRequirement.anyOf("read", "write");
        assertTrue(readOrWrite.isMetBy(Set.of("write")));
        assertFalse(readOrWrite.isMetBy(Set.of("groups")));
    }

    @Test
    void aRuleWithoutScopesIsRefusedBecauseItWouldAllowEveryToken() {
        assertThrows(IllegalArgumentException.class, () -> ScopeRequirement.allOf());
    }
}
