package dev.frontgate.api.security.token;

import com.nimbusds.jose.jwk.JWK;

import java.util.Map;
import java.util.Optional;

/** Fixed keys for verifier tests; a test may change the map to play a rotation. */
record StaticSigningKeys(Map<String, JWK> keys) implements SigningKeys {

    @Override
    public Optional<JWK> find(String keyId) {
        return known(keyId);
    }

    @Override
    public Optional<JWK> known(String keyId) {
        return Optional.ofNullable(keys.get(keyId));
    }

    @Override
    public KeySourceState state() {
        return new KeySourceState(false, keys.size(), null, 0);
    }
}
