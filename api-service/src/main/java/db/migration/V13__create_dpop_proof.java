package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The {@code jti} of every accepted DPoP proof, shared by all API replicas (see UsedProofs). On PostgreSQL the table
 * is UNLOGGED: no WAL write per request, and a crash empties it, which only re-opens replays of proofs younger than
 * {@code frontgate.dpop.max-age}. H2, one replica's database, has no such table kind. A Java migration because the
 * DDL differs by database, which a plain SQL migration cannot express.
 */
public final class V13__create_dpop_proof extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean postgres = connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE " + (postgres ? "UNLOGGED " : "") + "TABLE dpop_proof ("
                    + "id VARCHAR(43) PRIMARY KEY, "
                    + "expires_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            statement.execute("CREATE INDEX dpop_proof_expires_idx ON dpop_proof (expires_at)");
        }
    }
}
