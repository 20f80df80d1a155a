package dev.frontgate.keycloak.it;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/** What the admin REST API answered to a refused change: its status and body. */
public record AdminRefusal(int status, String body) {

    public static AdminRefusal of(Response response) {
        try (response) {
            return new AdminRefusal(response.getStatus(), response.readEntity(String.class));
        }
    }

    /** Runs an admin call that must fail and returns Keycloak's answer; fails the test if the call went through. */
    public static AdminRefusal of(Runnable adminCall) {
        try {
            adminCall.run();
        } catch (WebApplicationException e) {
            return of(e.getResponse());
        }
        throw new AssertionError("Keycloak accepted a change the guard should have refused");
    }
}
