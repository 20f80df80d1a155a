package dev.frontgate.api.security.token;

import com.nimbusds.jose.jwk.JWK;

import java.util.Optional;

/** The issuer's public signing keys, looked up by key id. */
public interface SigningKeys {

    /** The key, fetching the issuer's keys again when the id is unknown (which may block for a while). */
    Optional<JWK> find(String keyId);

    /** The key if it is known right now; never fetches, so it is safe on an event loop. */
    Optional<JWK> known(String keyId);

    /** What the health endpoint reports about these keys. */
    KeySourceState state();
}
