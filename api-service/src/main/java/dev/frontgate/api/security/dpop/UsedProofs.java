package dev.frontgate.api.security.dpop;

import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;

/**
 * The {@code jti}s of accepted proofs, kept in the API's database (table {@code dpop_proof}) so that a proof used at
 * one replica is refused at every other: RFC 9449 section 11.1's replay check across the whole service. One insert
 * per DPoP request decides it atomically (the primary key), and rows are purged once their proof's {@code iat} would
 * be refused anyway. On PostgreSQL the table is UNLOGGED (no WAL): a crash empties it, which only re-opens the replay
 * window for proofs younger than {@code max-age}.
 */
@Singleton
final class UsedProofs {

    private final ConnectionOperations<Connection> connections;
    private final DpopConfiguration configuration;
    private final Clock clock;

    UsedProofs(ConnectionOperations<Connection> connections, DpopConfiguration configuration, Clock clock) {
        this.connections = connections;
        this.configuration = configuration;
        this.clock = clock;
    }

    /** Records the proof's {@code jti} for its key; false when some replica recorded it before. Blocks on JDBC. */
    boolean firstUse(VerifiedProof proof) {
        return connections.executeWrite(status -> {
            try (PreparedStatement insert = status.getConnection().prepareStatement(
                    "INSERT INTO dpop_proof (id, expires_at) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                insert.setString(1, id(proof));
                insert.setTimestamp(2, Timestamp.from(configuration.rememberUntil(proof.issuedAt())));
                return insert.executeUpdate() == 1;
            } catch (SQLException e) {
                throw new IllegalStateException("could not record a DPoP proof", e);
            }
        });
    }

    @Scheduled(fixedDelay = "${frontgate.dpop.purge-interval:30s}",
            initialDelay = "${frontgate.dpop.purge-interval:30s}")
    void purgeExpired() {
        connections.executeWrite(status -> {
            try (PreparedStatement delete = status.getConnection().prepareStatement(
                    "DELETE FROM dpop_proof WHERE expires_at < ?")) {
                delete.setTimestamp(1, Timestamp.from(clock.instant()));
                return delete.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("could not purge old DPoP proofs", e);
            }
        });
    }

    /** A fixed-size key per key and jti: a jti is unique per key (RFC 9449), and its length is the client's. */
    private static String id(VerifiedProof proof) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((proof.keyThumbprint() + " " + proof.jti()).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
