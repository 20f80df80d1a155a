package dev.frontgate.api.security.dpop;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.util.Base64URL;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class P256ProofSignaturesTest {

    /** The order n of P-256. */
    private static final BigInteger N =
            new BigInteger("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16);

    private final P256ProofSignatures signatures = new P256ProofSignatures();

    @Test
    void agreesWithTheJdkOnGoodAndTamperedSignaturesOfManyKeysAndMessages() throws Exception {
        Random random = new Random(42);
        for (int i = 0; i < 50; i++) {
            KeyPair pair = p256KeyPair("secp256r1");
            byte[] message = new byte[1 + random.nextInt(300)];
            random.nextBytes(message);
            byte[] signature = sign(pair, message);
            ECKey key = jwk(pair);

            assertThat(signatures.verify(key, message, signature)).as("good signature %d", i).isTrue();
            assertThat(signatures.verify(key, message, signature)).as("again, from the kept key").isTrue();

            byte[] otherMessage = message.clone();
            otherMessage[random.nextInt(otherMessage.length)] ^= 1;
            assertThat(signatures.verify(key, otherMessage, signature)).isFalse();
            byte[] otherSignature = signature.clone();
            otherSignature[random.nextInt(otherSignature.length)] ^= 1;
            assertThat(signatures.verify(key, message, otherSignature)).isFalse();
        }
    }

    @Test
    void aSignatureOfAnotherKeyIsRefused() throws Exception {
        byte[] message = "header.payload".getBytes(StandardCharsets.US_ASCII);
        KeyPair signer = p256KeyPair("secp256r1");

        assertThat(signatures.verify(jwk(p256KeyPair("secp256r1")), message, sign(signer, message))).isFalse();
    }

    @Test
    void rAndSOutsideOneToNMinusOneAreRefusedAsTheJdkRefusesThem() throws Exception {
        ECKey key = jwk(p256KeyPair("secp256r1"));
        byte[] message = "header.payload".getBytes(StandardCharsets.US_ASCII);

        assertThat(signatures.verify(key, message, new byte[64])).as("r = s = 0").isFalse();
        assertThat(signatures.verify(key, message, rs(N, BigInteger.ONE))).as("r = n").isFalse();
        assertThat(signatures.verify(key, message, rs(BigInteger.ONE, N))).as("s = n").isFalse();
    }

    @Test
    void aSignatureOfAnotherLengthOrAKeyOfAnotherCurveIsRefused() throws Exception {
        KeyPair pair = p256KeyPair("secp256r1");
        byte[] message = "header.payload".getBytes(StandardCharsets.US_ASCII);
        byte[] signature = sign(pair, message);

        assertThat(signatures.verify(jwk(pair), message, Arrays.copyOf(signature, 63))).isFalse();
        assertThat(signatures.verify(jwk(pair), message, Arrays.copyOf(signature, 65))).isFalse();
        KeyPairGenerator p384 = KeyPairGenerator.getInstance("EC");
        p384.initialize(new ECGenParameterSpec("secp384r1"));
        ECPublicKey other = (ECPublicKey) p384.generateKeyPair().getPublic();
        assertThat(signatures.verify(new ECKey.Builder(Curve.P_384, other).build(), message, signature)).isFalse();
    }

    @Test
    void aKeyOffTheCurveNeverArrivesBecauseTheProofsJwkIsRefusedWhenParsed() throws Exception {
        ECKey good = jwk(p256KeyPair("secp256r1"));
        BigInteger y = good.getY().decodeToBigInteger().add(BigInteger.ONE);
        String offTheCurve = good.toJSONString().replace(good.getY().toString(), Base64URL.encode(unsigned32(y))
                .toString());

        assertThatThrownBy(() -> ECKey.parse(offTheCurve)).hasMessageContaining("not on the P-256 curve");
    }

    private static KeyPair p256KeyPair(String curve) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec(curve));
        return generator.generateKeyPair();
    }

    private static ECKey jwk(KeyPair pair) {
        return new ECKey.Builder(Curve.P_256, (ECPublicKey) pair.getPublic()).build();
    }

    /** The JDK's ES256 signature in JWS form. */
    private static byte[] sign(KeyPair pair, byte[] message) throws Exception {
        Signature signature = Signature.getInstance("SHA256withECDSAinP1363Format");
        signature.initSign(pair.getPrivate());
        signature.update(message);
        return signature.sign();
    }

    private static byte[] rs(BigInteger r, BigInteger s) {
        byte[] both = new byte[64];
        System.arraycopy(unsigned32(r), 0, both, 0, 32);
        System.arraycopy(unsigned32(s), 0, both, 32, 32);
        return both;
    }

    private static byte[] unsigned32(BigInteger value) {
        byte[] bytes = value.toByteArray();
        byte[] fixed = new byte[32];
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, fixed, 32 - length, length);
        return fixed;
    }
}
