package dev.frontgate.api.security.dpop;

import com.nimbusds.jose.util.Base64URL;
import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;

/**
 * Server nonces (RFC 9449 section 8) without shared state: a nonce is its issue time and an HMAC of it under
 * {@code frontgate.dpop.nonce-secret}, so every replica with the same secret accepts the nonces of every other one
 * for {@code nonce-lifetime}, and none needs to remember which it handed out.
 */
@Singleton
public final class DpopNonces {

    private static final String MAC = "HmacSHA256";

    private final DpopConfiguration configuration;
    private final Clock clock;

    DpopNonces(DpopConfiguration configuration, Clock clock) {
        this.configuration = configuration;
        this.clock = clock;
    }

    /** A nonce for the {@code DPoP-Nonce} header. */
    public String current() {
        long issued = clock.instant().getEpochSecond();
        byte[] time = ByteBuffer.allocate(Long.BYTES).putLong(issued).array();
        return Base64URL.encode(time) + "." + Base64URL.encode(mac(time));
    }

    boolean isValid(String nonce) {
        String[] parts = nonce.split("\\.", -1);
        if (parts.length != 2) {
            return false;
        }
        byte[] time = new Base64URL(parts[0]).decode();
        if (time.length != Long.BYTES || !MessageDigest.isEqual(mac(time), new Base64URL(parts[1]).decode())) {
            return false;
        }
        Instant issued = Instant.ofEpochSecond(ByteBuffer.wrap(time).getLong());
        Instant now = clock.instant();
        return !issued.isAfter(now.plus(configuration.clockSkew()))
                && issued.plus(configuration.nonceLifetime()).isAfter(now);
    }

    private byte[] mac(byte[] time) {
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(new SecretKeySpec(configuration.nonceSecret().getBytes(StandardCharsets.UTF_8), MAC));
            return mac.doFinal(time);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
