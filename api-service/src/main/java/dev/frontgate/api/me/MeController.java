package dev.frontgate.api.me;

import dev.frontgate.api.security.Caller;
import dev.frontgate.api.security.RequiresScopes;
import dev.frontgate.api.security.Scopes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

import java.util.List;
import java.util.Map;

/** Who the token says the caller is. Any valid access token may ask; the group list needs {@code groups}. */
@Controller("/api/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
final class MeController {

    @Get
    MeResponse me(Authentication authentication) {
        return MeResponse.of(Caller.of(authentication));
    }

    @Get("/groups")
    @RequiresScopes(Scopes.GROUPS)
    Map<String, List<String>> groups(Authentication authentication) {
        return Map.of("groups", Caller.of(authentication).visibleGroups());
    }
}
