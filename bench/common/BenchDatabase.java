import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The benches' PostgreSQL on 127.0.0.1:5432 (trust auth, user postgres), through JDBC. */
public final class BenchDatabase {

    private BenchDatabase() {
    }

    public static String url(String database) {
        return "jdbc:postgresql://127.0.0.1:5432/" + database;
    }

    /** Drops and creates {@code database}. */
    public static void recreate(String database) throws SQLException {
        sql("postgres", "DROP DATABASE IF EXISTS " + database);
        sql("postgres", "CREATE DATABASE " + database);
    }

    /** One statement: the first column of its first row, or "" when it returns none. */
    public static String sql(String database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(database), "postgres", "");
             Statement statement = connection.createStatement()) {
            if (!statement.execute(sql)) {
                return "";
            }
            ResultSet result = statement.getResultSet();
            return result.next() ? result.getString(1) : "";
        }
    }
}
