package dev.frontgate.testing.keycloak;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the test class against the real Keycloak of this JVM (see {@link KeycloakServer#shared()}); test and lifecycle
 * methods may declare a {@link KeycloakServer} parameter.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(KeycloakExtension.class)
public @interface WithKeycloak {
}
