package dev.frontgate.testing.keycloak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthorizationResultTest {

    @Test
    void readsTheErrorOfARedirectBackToTheClient() {
        var result = new AuthorizationResult(302,
                "http://localhost:5173/callback?error=invalid_scope&error_description=Scope+%27admin%27+is+not+allowed&state=s",
                "");
        assertEquals(Optional.of("invalid_scope"), result.redirectError());
        assertEquals(Optional.of("Scope 'admin' is not allowed"), result.redirectErrorDescription());
    }

    @Test
    void readsTheMessageOfKeycloaksErrorPage() {
        var page = "<div id=\"kc-error-message\"><p class=\"instruction\">Invalid parameter: redirect_uri</p></div>";
        var result = new AuthorizationResult(400, null, page);
        assertEquals(Optional.of("Invalid parameter: redirect_uri"), result.errorPageMessage());
        assertFalse(result.redirectError().isPresent());
    }

    @Test
    void recognisesTheLoginPage() {
        assertTrue(new AuthorizationResult(200, null, "<form id=\"kc-form-login\" action=\"x\">").isLoginPage());
        assertFalse(new AuthorizationResult(400, null, "<form id=\"kc-form-login\">").isLoginPage());
    }
}
