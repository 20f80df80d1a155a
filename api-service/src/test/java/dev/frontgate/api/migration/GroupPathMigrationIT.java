package dev.frontgate.api.migration;

import dev.frontgate.api.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * V2 turns the group names that notes were shared with into full paths, on a real PostgreSQL database of its own
 * (the test database's name + {@code _migration}): every note kept as it was but for its group, or nothing changed.
 */
class GroupPathMigrationIT {

    private static final String URL = TestDatabase.URL + "_migration";
    private static final String LONGEST_NAME = "g".repeat(255);
    /** Every column V2 must leave as it is. */
    private static final String KEPT = "id, author, title, body, version, created_at, updated_at";

    @BeforeEach
    void databaseAtVersion1WithNotesSharedByName() throws SQLException {
        TestDatabase.recreate(URL);
        flyway("1").migrate();
        execute("""
                INSERT INTO note (id, author, title, body, group_name, version, created_at, updated_at) VALUES
                  ('00000000-0000-4000-8000-000000000001', 'alice', 'private', 'b', NULL, 0, now(), now()),
                  ('00000000-0000-4000-8000-000000000002', 'alice', 'team', 'b', 'team-a', 3, now(), now()),
                  ('00000000-0000-4000-8000-000000000003', 'bob', 'longest', 'b', '%s', 1, now(), now())
                """.formatted(LONGEST_NAME));
    }

    @Test
    void everyStoredNameBecomesTheTopLevelPathAndNothingElseChanges() throws SQLException {
        String before = notes(KEPT);

        flyway("latest").migrate();

        assertThat(notes(KEPT)).isEqualTo(before);
        assertThat(TestDatabase.query(URL, "SELECT title, group_path FROM note WHERE group_path IS NOT NULL"))
                .isEqualTo(Map.of("team", "/team-a", "longest", "/" + LONGEST_NAME));
        assertThat(TestDatabase.query(URL, "SELECT title, COALESCE(group_path, '-') FROM note WHERE title = 'private'"))
                .isEqualTo(Map.of("private", "-"));
    }

    @Test
    void aBareNameCanNotBeStoredAfterTheMigration() {
        flyway("latest").migrate();

        assertThatThrownBy(() -> execute("""
                INSERT INTO note (id, author, title, body, group_path, version, created_at, updated_at)
                VALUES ('00000000-0000-4000-8000-000000000009', 'alice', 't', 'b', 'team-a', 0, now(), now())"""))
                .isInstanceOf(SQLException.class).hasMessageContaining("note_group_path_check");
    }

    @Test
    void aMigrationThatFailsHalfWayLeavesEveryNoteAsItWas() throws SQLException {
        String before = notes(KEPT + ", group_name");
        execute("""
                CREATE FUNCTION refuse_longest() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN IF NEW.title = 'longest' THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$;
                CREATE TRIGGER refuse_longest BEFORE UPDATE ON note FOR EACH ROW EXECUTE FUNCTION refuse_longest();
                """);

        assertThatThrownBy(() -> flyway("latest").migrate()).isInstanceOf(FlywayException.class);

        assertThat(notes(KEPT + ", group_name")).isEqualTo(before);
        assertThat(flyway("latest").info().current().getVersion().getVersion()).isEqualTo("1");
        execute("DROP TRIGGER refuse_longest ON note");
        flyway("latest").migrate();
        assertThat(TestDatabase.query(URL, "SELECT title, group_path FROM note WHERE title = 'team'"))
                .isEqualTo(Map.of("team", "/team-a"));
    }

    private static Flyway flyway(String target) {
        return Flyway.configure().dataSource(URL, TestDatabase.USER, "").locations("classpath:db/migration")
                .target(target).cleanDisabled(true).load();
    }

    /** The given columns of every note as text, by id. */
    private static String notes(String columns) throws SQLException {
        return TestDatabase.query(URL, "SELECT id::text, concat_ws('|', " + columns + ") FROM note").toString();
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, TestDatabase.USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
