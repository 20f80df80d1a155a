import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * The launcher's DPoP client (RFC 9449), run as a single-file program by the JDK the launcher already needs, so a
 * newcomer needs no other tool: it keeps an EC P-256 key per user in a file and signs one fresh proof per request.
 *
 * <pre>
 *   java DpopTool.java KEYFILE METHOD URL [ACCESS_TOKEN] [NONCE]   prints a proof (makes the key when missing)
 * </pre>
 */
public final class DpopTool {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: DpopTool KEYFILE METHOD URL [ACCESS_TOKEN] [NONCE]");
            System.exit(2);
        }
        KeyPair key = key(Path.of(args[0]));
        String jwk = publicJwk((ECPublicKey) key.getPublic());
        // htu is the URL without query and fragment.
        String htu = args[2].split("[?#]", 2)[0];
        StringBuilder claims = new StringBuilder("{\"jti\":\"" + UUID.randomUUID() + "\",\"htm\":\"" + args[1]
                + "\",\"htu\":\"" + htu + "\",\"iat\":" + Instant.now().getEpochSecond());
        if (args.length > 3 && !args[3].isEmpty()) {
            claims.append(",\"ath\":\"").append(BASE64URL.encodeToString(sha256(args[3]))).append('"');
        }
        if (args.length > 4 && !args[4].isEmpty()) {
            claims.append(",\"nonce\":\"").append(args[4]).append('"');
        }
        String header = "{\"typ\":\"dpop+jwt\",\"alg\":\"ES256\",\"jwk\":" + jwk + "}";
        String input = encode(header) + "." + encode(claims.append('}').toString());
        Signature signature = Signature.getInstance("SHA256withECDSAinP1363Format");
        signature.initSign(key.getPrivate());
        signature.update(input.getBytes(StandardCharsets.US_ASCII));
        System.out.println(input + "." + BASE64URL.encodeToString(signature.sign()));
    }

    /** The key in {@code file} (two base64 lines: PKCS#8 private, X.509 public), made and saved when missing. */
    private static KeyPair key(Path file) throws Exception {
        KeyFactory factory = KeyFactory.getInstance("EC");
        if (Files.exists(file)) {
            var lines = Files.readAllLines(file);
            return new KeyPair(factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(lines.get(1)))),
                    factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(lines.get(0)))));
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n"
                + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()) + "\n");
        // The private key is a credential: readable by its owner only.
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return pair;
    }

    private static String publicJwk(ECPublicKey key) {
        return "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"" + coordinate(key.getW().getAffineX()) + "\",\"y\":\""
                + coordinate(key.getW().getAffineY()) + "\"}";
    }

    private static String coordinate(BigInteger value) {
        byte[] bytes = value.toByteArray();
        byte[] fixed = new byte[32];
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, fixed, 32 - length, length);
        return BASE64URL.encodeToString(fixed);
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] sha256(String text) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    }
}
