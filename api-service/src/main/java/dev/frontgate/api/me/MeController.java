package dev.frontgate.api.me;

import dev.frontgate.api.docs.ApiDocumentation;
import dev.frontgate.api.docs.DocumentedProblems;
import dev.frontgate.api.security.Caller;
import dev.frontgate.api.security.RequiresScopes;
import dev.frontgate.api.security.Scopes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/** Who the token says the caller is. Any valid access token may ask; the group list needs {@code groups}. */
@Controller("/api/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "me")
@DocumentedProblems.TokenProblems
final class MeController {

    @Get
    @SecurityRequirement(name = ApiDocumentation.SCHEME)
    @Operation(summary = "Who the token says the caller is; any valid access token of this API.")
    MeResponse me(Caller caller) {
        return MeResponse.of(caller);
    }

    @Get("/groups")
    @RequiresScopes(Scopes.GROUPS)
    @SecurityRequirement(name = ApiDocumentation.SCHEME, scopes = Scopes.GROUPS)
    @Operation(summary = "The caller's groups, from the token's groups claim.")
    Map<String, List<String>> groups(Caller caller) {
        return Map.of("groups", caller.groups());
    }
}
