package dev.frontgate.api.security;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CallerTest {

    @Test
    void groupsCountOnlyWithTheGroupsScope() {
        Map<String, Object> claims = Map.of("sub", "s", "scope", "openid read", "groups", List.of("/team-a"));
        assertThat(Caller.of(claims).groups()).isEmpty();
    }

    @Test
    void groupsScopeShowsTheGroupsClaim() {
        Map<String, Object> claims = Map.of("sub", "s", "scope", "openid read groups", "groups", List.of("/team-a"));
        assertThat(Caller.of(claims).groups()).containsExactly("/team-a");
    }

    @Test
    void groupsAreFullPathsAndBareNamesAreIgnored() {
        Map<String, Object> claims = Map.of("sub", "s", "scope", "read groups",
                "groups", List.of("/team-a", "team-a", "/team-b/team-a"));
        assertThat(Caller.of(claims).groups()).containsExactly("/team-a", "/team-b/team-a");
    }

    @Test
    void scopesAreSortedAndDistinct() {
        assertThat(Caller.of(Map.of("scope", " write read  write ")).scopes()).containsExactly("read", "write");
    }
}
