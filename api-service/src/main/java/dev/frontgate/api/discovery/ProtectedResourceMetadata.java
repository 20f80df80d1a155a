package dev.frontgate.api.discovery;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The RFC 9728 section 2 metadata document of this API. */
@Serdeable
public record ProtectedResourceMetadata(
        String resource,
        @JsonProperty("authorization_servers") List<String> authorizationServers,
        @JsonProperty("scopes_supported") List<String> scopesSupported,
        @JsonProperty("bearer_methods_supported") List<String> bearerMethodsSupported,
        @JsonProperty("resource_name") String resourceName,
        @JsonProperty("resource_documentation") String resourceDocumentation,
        @JsonProperty("dpop_signing_alg_values_supported") List<String> dpopSigningAlgValuesSupported,
        @JsonProperty("dpop_bound_access_tokens_required") boolean dpopBoundAccessTokensRequired) {
}
