package dev.frontgate.api.security;

import dev.frontgate.api.support.ForgedTokenTest;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An endpoint whose author forgot to state a rule is closed, even to a token with every scope. */
@MicronautTest
class DenyByDefaultTest extends ForgedTokenTest {

    private static final String SPEC = "DenyByDefaultTest";

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("spec.name", SPEC);
        return properties;
    }

    @Test
    void endpointWithoutRuleIsRefusedToEveryone() {
        HttpResponse<String> withToken = api().get("/api/forgotten", token("openid read write groups"));
        assertThat(withToken.statusCode()).isEqualTo(403);
        assertThat(api().get("/api/forgotten", null).statusCode()).isEqualTo(401);
    }

    @Controller("/api/forgotten")
    @Requires(property = "spec.name", value = SPEC)
    static class ForgottenController {

        @Get
        String secret() {
            return "should never be served";
        }
    }
}
