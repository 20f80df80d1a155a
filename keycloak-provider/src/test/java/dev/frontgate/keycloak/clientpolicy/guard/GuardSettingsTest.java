package dev.frontgate.keycloak.clientpolicy.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class GuardSettingsTest {

    @Test
    void absentValuesTakeTheDefaults() {
        GuardSettings settings = GuardSettings.parse(null, null);

        assertThat(settings.allowedScopes()).containsExactlyInAnyOrder("openid", "profile", "email");
        assertThat(settings.pathWildcardHosts()).containsExactlyInAnyOrder("localhost", "127.0.0.1");
        assertThat(settings.problems()).isEmpty();
    }

    @Test
    void openidIsAlwaysAllowed() {
        GuardSettings settings = GuardSettings.parse(List.of("read"), null);

        assertThat(settings.allowsScope("openid")).isTrue();
        assertThat(settings.allowsScope("read")).isTrue();
        assertThat(settings.allowsScope("profile")).isFalse();
    }

    @Test
    void anEmptyHostListAllowsNoPathWildcard() {
        assertThat(GuardSettings.parse(null, List.of()).allowsPathWildcardOn("localhost")).isFalse();
    }

    @Test
    void hostsCompareWithoutCase() {
        assertThat(GuardSettings.parse(null, "LocalHost").allowsPathWildcardOn("localhost")).isTrue();
    }

    @Test
    void malformedEntriesAreReportedAndIgnored() {
        GuardSettings settings = GuardSettings.parse(List.of("read", "bad\"scope"), List.of("*.example.com", "[::1]"));

        assertThat(settings.allowedScopes()).containsExactlyInAnyOrder("openid", "read");
        assertThat(settings.pathWildcardHosts()).containsExactly("[::1]");
        assertThat(settings.problems()).containsExactly(
                "'allowed-scopes' has a malformed entry: bad\"scope",
                "'path-wildcard-hosts' has a malformed entry: *.example.com");
    }

    @Test
    void aMalformedValueFallsBackToTheStrictestSetting() {
        GuardSettings settings = GuardSettings.parse(Map.of("read", true), 8080);

        assertThat(settings.allowedScopes()).containsExactly("openid");
        assertThat(settings.pathWildcardHosts()).isEmpty();
        assertThat(settings.problems()).hasSize(2);
    }

    @Test
    void requireDpopIsOffUnlessSetAndNamesItsExemptions() {
        assertThat(GuardSettings.parse(null, null).requiresDpopOf("react-frontend")).isFalse();
        GuardSettings on = GuardSettings.parse(null, null, "true", "api-docs");
        assertThat(on.requiresDpopOf("react-frontend")).isTrue();
        assertThat(on.requiresDpopOf("api-docs")).isFalse();
        assertThat(GuardSettings.parse(null, null, true, null).requiresDpopOf("any")).isTrue();
    }

    @Test
    void aRequireDpopThatIsNoBooleanIsAProblem() {
        assertThat(GuardSettings.parse(null, null, "yes", null).problems())
                .containsExactly("'require-dpop' must be true or false, not yes");
    }
}
