package dev.frontgate.api.security.token;

import io.micronaut.context.ApplicationContext;
import io.micronaut.security.token.validator.TokenValidator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Any second validator would be asked too, and Micronaut's stock one accepts unsigned tokens without signatures. */
@MicronautTest(startApplication = false)
class OnlyOneTokenValidatorTest {

    @Inject
    ApplicationContext context;

    @Test
    void accessTokenValidatorIsTheOnlyTokenValidator() {
        List<Class<?>> validators = context.getBeansOfType(TokenValidator.class).stream()
                .<Class<?>>map(Object::getClass).toList();
        assertEquals(List.of(AccessTokenValidator.class), validators);
    }
}
