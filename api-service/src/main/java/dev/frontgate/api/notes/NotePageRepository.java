package dev.frontgate.api.notes;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * A page of the notes a caller may see, newest first. Each row carries the number of all matching notes as a window
 * count, so a page costs one statement in autocommit instead of a transaction around a page and a count query: the
 * two round trips and the BEGIN/COMMIT were most of what a list request spent waiting on the database.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface NotePageRepository extends GenericRepository<Note, UUID> {

    String SELECT = """
            SELECT id, author, title, body, group_path, version, created_at, updated_at, COUNT(*) OVER () AS total
              FROM note
            """;
    String NEWEST_FIRST = " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset";

    @Query(SELECT + "WHERE author = :author" + NEWEST_FIRST)
    List<NoteRow> own(String author, int limit, long offset);

    @Query(SELECT + "WHERE author = :author OR group_path IN (:groups)" + NEWEST_FIRST)
    List<NoteRow> ownAndShared(String author, Collection<String> groups, int limit, long offset);

    /** Only for a page past the last one, whose empty result carries no total. */
    long countByAuthor(String author);

    long countByAuthorOrGroupPathIn(String author, Collection<String> groupPath);
}
