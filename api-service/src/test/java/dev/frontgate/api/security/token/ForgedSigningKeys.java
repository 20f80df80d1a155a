package dev.frontgate.api.security.token;

import com.nimbusds.jose.jwk.JWK;
import dev.frontgate.api.support.TokenForge;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.util.Optional;

/** For fast tests without Keycloak: the service trusts {@link #FORGE}'s key instead of a JWKS. */
@Singleton
@Replaces(JwksSigningKeys.class)
@Requires(property = ForgedSigningKeys.PROPERTY, value = "true")
public final class ForgedSigningKeys implements SigningKeys {

    public static final String PROPERTY = "frontgate.test.forged-keys";
    public static final TokenForge FORGE = new TokenForge("forged");

    @Override
    public Optional<JWK> find(String keyId) {
        return known(keyId);
    }

    @Override
    public Optional<JWK> known(String keyId) {
        return FORGE.key().getKeyID().equals(keyId) ? Optional.of(FORGE.key().toPublicJWK()) : Optional.empty();
    }

    @Override
    public KeySourceState state() {
        return new KeySourceState(false, 1, null, 0);
    }
}
