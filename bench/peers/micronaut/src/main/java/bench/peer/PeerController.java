package bench.peer;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

import java.util.Map;

/** The two endpoints every peer serves: an open one and one that needs the read scope. */
@Controller
class PeerController {

    @Get("/health")
    @Secured(SecurityRule.IS_ANONYMOUS)
    Map<String, String> health() {
        return Map.of("status", "UP");
    }

    @Get("/api/me")
    @Secured("read")
    Map<String, Object> me(Authentication caller) {
        return Map.of("subject", caller.getName(), "scopes", caller.getRoles());
    }
}
