package dev.frontgate.api.security.token;

import com.nimbusds.jose.jwk.JWK;

import java.util.Optional;

/** The issuer's public signing keys, looked up by key id. */
public interface SigningKeys {

    Optional<JWK> find(String keyId);
}
