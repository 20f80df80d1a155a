package dev.frontgate.keycloak.clientpolicy.guard;

import dev.frontgate.keycloak.clientpolicy.guard.UrlRules.Use;
import org.keycloak.models.Constants;
import org.keycloak.protocol.oidc.OIDCAdvancedConfigWrapper;
import org.keycloak.protocol.oidc.OIDCConfigAttributes;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Every URL a frontend client holds: where Keycloak sends codes (redirect URIs), where it sends the browser after
 * sign-out (post-logout redirect URIs), where it sends logout notices (front- and back-channel logout URLs), the
 * links it shows (root, base and admin URL), and who may call it from a browser (web origins).
 */
final class ClientUrlRules {

    private ClientUrlRules() {
    }

    static Optional<String> firstViolation(ClientSettings client, GuardSettings guard) {
        ClientUrls urls = client.urls();
        OIDCAdvancedConfigWrapper oidc = client.oidc();
        String root = urls.rootUrl();
        return Stream.<Supplier<Optional<String>>>of(
                        () -> each("redirect URI", urls.redirectUris(), root, Use.REDIRECT, guard),
                        () -> each("post-logout redirect URI", postLogoutRedirectUris(client), root, Use.REDIRECT,
                                guard),
                        () -> one("root URL", root, null, guard),
                        () -> one("base URL", urls.baseUrl(), root, guard),
                        () -> one("admin URL", urls.adminUrl(), root, guard),
                        () -> one("front-channel logout URL", oidc.getFrontChannelLogoutUrl(), root, guard),
                        () -> backchannelLogout(oidc, guard),
                        () -> webOrigins(urls.webOrigins()))
                .map(Supplier::get).flatMap(Optional::stream).findFirst();
    }

    /**
     * "+" means "the redirect URIs", which are judged on their own, and so does no value. Read from the attribute as
     * Keycloak stores it ("##"-separated): its wrapper falls back to redirect URIs a settings-only client lacks.
     */
    private static List<String> postLogoutRedirectUris(ClientSettings client) {
        String stored = client.attributes().get(OIDCConfigAttributes.POST_LOGOUT_REDIRECT_URIS);
        if (stored == null) {
            return List.of();
        }
        return Arrays.stream(stored.split(Constants.CFG_DELIMITER))
                .filter(uri -> !uri.isBlank() && !uri.equals("+")).toList();
    }

    private static Optional<String> each(String label, List<String> values, String root, Use use,
            GuardSettings guard) {
        return values.stream().map(value -> UrlRules.violation(label, value, root, use, guard))
                .flatMap(Optional::stream).findFirst();
    }

    private static Optional<String> one(String label, String value, String root, GuardSettings guard) {
        return value == null || value.isEmpty()
                ? Optional.empty()
                : UrlRules.violation(label, value, root, Use.EXACT, guard);
    }

    private static Optional<String> backchannelLogout(OIDCAdvancedConfigWrapper oidc, GuardSettings guard) {
        String url = oidc.getBackchannelLogoutUrl();
        if (url == null || url.isEmpty()) {
            return Optional.empty();
        }
        if (!guard.backchannelLogoutUrl().equals(Optional.of(url))) {
            return Optional.of(GuardRule.BACKCHANNEL_LOGOUT_URL.refusal("back-channel logout URL '" + url + "' is "
                    + guard.backchannelLogoutUrl().map(allowed -> "not '" + allowed + "'").orElse("not configured")));
        }
        if (!oidc.isBackchannelLogoutSessionRequired()) {
            return Optional.of(GuardRule.BACKCHANNEL_LOGOUT_URL.refusal("back-channel logout session required is off"));
        }
        return Optional.empty();
    }

    private static Optional<String> webOrigins(List<String> origins) {
        return origins.stream()
                .filter(origin -> UrlRules.origin(origin).isEmpty())
                .findFirst()
                .map(origin -> GuardRule.EXPLICIT_WEB_ORIGINS.refusal("web origin '" + origin + "'"));
    }
}
