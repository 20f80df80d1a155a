package dev.frontgate.api.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** The integration tests' own PostgreSQL database: created when missing, emptied per test, compared by content. */
public final class TestDatabase {

    public static final String URL = System.getProperty("frontgate.test.db.url",
            "jdbc:postgresql://127.0.0.1:5432/frontgate_api_test");
    public static final String USER = "postgres";
    /** The channel the replicas announce note changes on ({@code NoteChangeFeed}); '*' means every note. */
    public static final String NOTE_CHANGES = "frontgate_note_changed";

    private TestDatabase() {
    }

    public static synchronized void ensureExists() {
        String name = URL.substring(URL.lastIndexOf('/') + 1);
        String server = serverOf(URL);
        try (Connection connection = DriverManager.getConnection(server, USER, "");
             Statement statement = connection.createStatement()) {
            ResultSet existing = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'");
            if (!existing.next()) {
                statement.execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + server + " is needed by the integration tests", e);
        }
    }

    /** A new, empty database at {@code url} (on the same server as {@link #URL}), dropped first when it exists. */
    public static void recreate(String url) throws SQLException {
        String name = url.substring(url.lastIndexOf('/') + 1);
        try (Connection connection = DriverManager.getConnection(serverOf(url), USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
        }
    }

    /** The first two columns of every row a query answers, as text, sorted by the first. */
    public static Map<String, String> query(String url, String sql) throws SQLException {
        Map<String, String> rows = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(url, USER, "");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.put(result.getString(1), result.getString(2));
            }
        }
        return rows;
    }

    /**
     * Rows left by earlier runs must not change what a test sees. A change made by SQL is announced as the service's
     * replicas announce theirs, so that a replica with its page cache on (the HA stack's) drops every page it kept.
     */
    public static void deleteAllNotes() {
        update("DELETE FROM note");
        update("NOTIFY " + NOTE_CHANGES + ", '*'");
    }

    /** Ended sessions from earlier tests must not refuse the tokens later tests reuse (a user's admin sign-out). */
    public static void deleteEndedSessions() {
        update("DELETE FROM ended_session");
    }

    /** How many times the replicas recorded session {@code sid} as ended, to prove a refused logout ended nothing. */
    public static long endedSessionsOf(String sid) {
        try (Connection connection = DriverManager.getConnection(URL, USER, "");
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT COUNT(*) FROM ended_session WHERE sid = ?")) {
            statement.setString(1, sid);
            ResultSet result = statement.executeQuery();
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every stored note as text, to prove that refused requests wrote nothing. */
    public static String notesSnapshot() {
        StringBuilder rows = new StringBuilder();
        try (Connection connection = DriverManager.getConnection(URL, USER, "");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(
                     "SELECT id, author, title, body, group_path, version, updated_at FROM note ORDER BY id")) {
            while (result.next()) {
                for (int column = 1; column <= 7; column++) {
                    rows.append(result.getString(column)).append('|');
                }
                rows.append('\n');
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows.toString();
    }

    /** Title and version of every stored note by id, to check acknowledged writes against. */
    public static Map<String, String> titleAndVersionById() {
        Map<String, String> notes = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(URL, USER, "");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT id, title, version FROM note")) {
            while (result.next()) {
                notes.put(result.getString(1), result.getString(2) + "@" + result.getLong(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return notes;
    }

    private static String serverOf(String url) {
        return url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
    }

    private static void update(String sql) {
        try (Connection connection = DriverManager.getConnection(URL, USER, "");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
