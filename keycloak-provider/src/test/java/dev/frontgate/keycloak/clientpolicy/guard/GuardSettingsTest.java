package dev.frontgate.keycloak.clientpolicy.guard;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GuardSettingsTest {

    @Test
    void absentValuesTakeTheDefaults() {
        GuardSettings settings = GuardSettings.DEFAULTS;

        assertThat(settings.allowedScopes()).containsExactlyInAnyOrder("openid", "profile", "email");
        assertThat(settings.pathWildcardHosts()).containsExactlyInAnyOrder("localhost", "127.0.0.1");
        assertThat(settings.problems()).isEmpty();
    }

    @Test
    void openidIsAlwaysAllowed() {
        GuardSettings settings = GuardSettings.parse(Map.of(GuardSettings.ALLOWED_SCOPES, List.of("read")));

        assertThat(settings.allowsScope("openid")).isTrue();
        assertThat(settings.allowsScope("read")).isTrue();
        assertThat(settings.allowsScope("profile")).isFalse();
    }

    @Test
    void anEmptyHostListAllowsNoPathWildcard() {
        assertThat(GuardSettings.parse(Map.of(GuardSettings.PATH_WILDCARD_HOSTS, List.of()))
                .allowsPathWildcardOn("localhost")).isFalse();
    }

    @Test
    void hostsCompareWithoutCase() {
        assertThat(GuardSettings.parse(Map.of(GuardSettings.PATH_WILDCARD_HOSTS, "LocalHost"))
                .allowsPathWildcardOn("localhost")).isTrue();
    }

    @Test
    void malformedEntriesAreReportedAndIgnored() {
        GuardSettings settings = GuardSettings.parse(Map.of(GuardSettings.ALLOWED_SCOPES, List.of("read", "bad\"scope"),
                GuardSettings.PATH_WILDCARD_HOSTS, List.of("*.example.com", "[::1]")));

        assertThat(settings.allowedScopes()).containsExactlyInAnyOrder("openid", "read");
        assertThat(settings.pathWildcardHosts()).containsExactly("[::1]");
        assertThat(settings.problems()).containsExactlyInAnyOrder(
                "'allowed-scopes' has a malformed entry: bad\"scope",
                "'path-wildcard-hosts' has a malformed entry: *.example.com");
    }

    @Test
    void aMalformedValueFallsBackToTheStrictestSetting() {
        GuardSettings settings = GuardSettings.parse(Map.of(GuardSettings.ALLOWED_SCOPES, Map.of("read", true),
                GuardSettings.PATH_WILDCARD_HOSTS, 8080));

        assertThat(settings.allowedScopes()).containsExactly("openid");
        assertThat(settings.pathWildcardHosts()).isEmpty();
        assertThat(settings.problems()).hasSize(2);
    }

    @Test
    void theBackchannelLogoutUrlIsOneAbsoluteUrl() {
        assertThat(GuardSettings.DEFAULTS.backchannelLogoutUrl()).isEmpty();
        assertThat(GuardSettings.parse(Map.of(GuardSettings.BACKCHANNEL_LOGOUT_URL,
                " http://localhost:8280/backchannel-logout ")).backchannelLogoutUrl())
                .contains("http://localhost:8280/backchannel-logout");
        assertThat(GuardSettings.parse(Map.of(GuardSettings.BACKCHANNEL_LOGOUT_URL, "/backchannel-logout"))
                .problems()).containsExactly("'backchannel-logout-url' is not an absolute http(s) URL: "
                + "/backchannel-logout");
    }

    @Test
    void requireDpopIsOffUnlessSetAndNamesItsExemptions() {
        assertThat(GuardSettings.DEFAULTS.requiresDpopOf("react-frontend")).isFalse();
        GuardSettings on = GuardSettings.parse(Map.of(GuardSettings.REQUIRE_DPOP, "true",
                GuardSettings.DPOP_EXEMPT_CLIENTS, "api-docs"));
        assertThat(on.requiresDpopOf("react-frontend")).isTrue();
        assertThat(on.requiresDpopOf("api-docs")).isFalse();
        assertThat(GuardSettings.parse(Map.of(GuardSettings.REQUIRE_DPOP, true)).requiresDpopOf("any")).isTrue();
    }

    @Test
    void aRequireDpopThatIsNoBooleanIsAProblem() {
        assertThat(GuardSettings.parse(Map.of(GuardSettings.REQUIRE_DPOP, "yes")).problems())
                .containsExactly("'require-dpop' must be true or false, not yes");
    }
}
