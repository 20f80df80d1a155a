package dev.frontgate.testing.keycloak;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorizationResultTest {

    @Test
    void readsTheErrorOfARedirectBackToTheClient() {
        var result = new AuthorizationResult(302,
                "http://localhost:5173/callback?error=invalid_scope&error_description=Scope+%27admin%27+is+not+allowed&state=s",
                "");
        assertThat(result.redirectError()).isEqualTo(Optional.of("invalid_scope"));
        assertThat(result.redirectErrorDescription()).isEqualTo(Optional.of("Scope 'admin' is not allowed"));
    }

    @Test
    void readsTheMessageOfKeycloaksErrorPage() {
        var page = "<div id=\"kc-error-message\"><p class=\"instruction\">Invalid parameter: redirect_uri</p></div>";
        var result = new AuthorizationResult(400, null, page);
        assertThat(result.errorPageMessage()).isEqualTo(Optional.of("Invalid parameter: redirect_uri"));
        assertThat(result.redirectError().isPresent()).isFalse();
    }

    @Test
    void recognisesTheLoginPage() {
        assertThat(new AuthorizationResult(200, null, "<form id=\"kc-form-login\" action=\"x\">").isLoginPage())
                .isTrue();
        assertThat(new AuthorizationResult(400, null, "<form id=\"kc-form-login\">").isLoginPage()).isFalse();
    }
}
