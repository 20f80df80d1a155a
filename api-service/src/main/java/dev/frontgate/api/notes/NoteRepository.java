package dev.frontgate.api.notes;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface NoteRepository extends CrudRepository<Note, UUID> {

    /** Compare-and-set on the version: of two concurrent updates from the same version, one changes 0 rows. */
    @Query("""
            UPDATE note SET title = :title, body = :body, group_path = :groupPath, version = version + 1,
                   updated_at = :updatedAt
             WHERE id = :id AND author = :author AND version = :version""")
    long updateIfCurrent(UUID id, String author, long version, String title, String body,
                         @Nullable String groupPath, Instant updatedAt);

    @Query("DELETE FROM note WHERE id = :id AND author = :author AND version = :version")
    long deleteIfCurrent(UUID id, String author, long version);
}
