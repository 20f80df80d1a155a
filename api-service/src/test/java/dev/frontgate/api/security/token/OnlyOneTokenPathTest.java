package dev.frontgate.api.security.token;

import io.micronaut.context.ApplicationContext;
import io.micronaut.security.filters.AuthenticationFetcher;
import io.micronaut.security.token.validator.TokenValidator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second way to authenticate would be asked too, and Micronaut's stock JWT validator accepts unsigned tokens when
 * no signature is configured: the bearer fetcher must be the only one, with no stock validator left behind.
 */
@MicronautTest(startApplication = false)
class OnlyOneTokenPathTest {

    @Inject
    ApplicationContext context;

    @Test
    void bearerFetcherIsTheOnlyAuthenticationFetcher() {
        List<Class<?>> fetchers = context.getBeansOfType(AuthenticationFetcher.class).stream()
                .<Class<?>>map(Object::getClass).toList();
        assertThat(fetchers).isEqualTo(List.of(BearerAuthenticationFetcher.class));
    }

    @Test
    void noStockTokenValidatorIsLeft() {
        assertThat(context.getBeansOfType(TokenValidator.class)).isEqualTo(List.of());
    }
}
