package dev.frontgate.api.notes;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.TransactionStatus;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * Tells every replica's {@link NotePageCache} which notes changed. A write publishes its change in its own
 * transaction: on PostgreSQL as a {@code NOTIFY} on {@value #CHANNEL} ({@code [replica, author, groups…]} as JSON, or
 * {@code *} for every note), which PostgreSQL delivers to every listening replica when, and only if, the transaction
 * commits; and to this replica's cache right after the commit. Each
 * replica listens on a connection of its own (not one of the pool's), and checks it every second; while that
 * connection is lost the cache is bypassed, and it is dropped when listening resumes.
 *
 * <p>On H2 (the single-node dev stack) there are no other replicas to hear from: H2's file database admits one
 * process, so this replica's own commits are all the changes there are.
 */
@Singleton
final class NoteChangeFeed {

    static final String CHANNEL = "frontgate_note_changed";
    /** PostgreSQL refuses payloads of 8000 bytes and more; a larger change ends every page instead. */
    private static final int MAX_PAYLOAD = 7900;
    private static final String EVERYTHING = "*";
    /** The listening connection's name in pg_stat_activity. */
    static final String APPLICATION_NAME = "frontgate-note-change-feed";
    private static final int SOCKET_TIMEOUT_SECONDS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(NoteChangeFeed.class);

    /** Names this replica in its announcements: it applies its own changes when they commit, not when it hears them. */
    private final String replica = UUID.randomUUID().toString();
    private final NotePageCacheConfiguration settings;
    private final NotePageCache cache;
    private final TransactionOperations<Connection> transactions;
    private final JsonMapper json;
    private final String url;
    private final String user;
    private final String password;
    private volatile boolean running = true;
    private volatile Connection listening;
    private Thread listener;

    NoteChangeFeed(NotePageCacheConfiguration settings, NotePageCache cache,
                   TransactionOperations<Connection> transactions, JsonMapper json,
                   @Value("${datasources.default.url}") String url,
                   @Value("${datasources.default.username:}") String user,
                   @Value("${datasources.default.password:}") String password) {
        this.settings = settings;
        this.cache = cache;
        this.transactions = transactions;
        this.json = json;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Called inside the write's transaction, with the note's groups before and after the write. */
    void publish(String author, List<String> groups) {
        TransactionStatus<Connection> transaction = transactions.findTransactionStatus()
                .map(status -> (TransactionStatus<Connection>) status)
                .orElseThrow(() -> new IllegalStateException("a note change is published inside its transaction"));
        if (isPostgres()) {
            notifyReplicas(transaction.getConnection(), payload(author, groups));
        }
        transaction.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                cache.changed(author, groups);
            }
        });
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (!settings.enabled()) {
            return;
        }
        if (!isPostgres()) {
            cache.feedUp();
            return;
        }
        listener = Thread.ofPlatform().daemon().name("note-change-feed").start(this::listen);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        if (listener != null) {
            listener.interrupt();
            closeQuietly(listening);
            listener.join(5_000);
        }
    }

    private boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    private void listen() {
        boolean lostLogged = false;
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, listenerProperties());
                 Statement statement = connection.createStatement()) {
                listening = connection;
                statement.execute("LISTEN " + CHANNEL);
                cache.feedUp();
                LOG.info("Note changes of every replica reach this one's page cache (LISTEN {})", CHANNEL);
                lostLogged = false;
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] batch = notifications.getNotifications(1_000);
                    if (batch != null) {
                        for (PGNotification notification : batch) {
                            apply(notification.getParameter());
                        }
                    }
                    // A connection that died without a word (a cut network) fails this within the socket timeout.
                    statement.execute("SELECT 1");
                }
            } catch (SQLException | RuntimeException e) {
                cache.feedDown();
                if (running && !lostLogged) {
                    LOG.warn("The note-change feed lost its database connection; the page cache is bypassed until"
                            + " it listens again: {}", e.toString());
                    lostLogged = true;
                }
                pause();
            }
        }
        cache.feedDown();
    }

    /** Named in pg_stat_activity; a read that waits longer than the socket timeout ends the connection. */
    private Properties listenerProperties() {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("socketTimeout", String.valueOf(SOCKET_TIMEOUT_SECONDS));
        return properties;
    }

    private void apply(String payload) {
        if (EVERYTHING.equals(payload)) {
            cache.changedEverything();
            return;
        }
        try {
            List<String> words = json.readValue(payload, Argument.listOf(String.class));
            if (!words.getFirst().equals(replica)) {
                cache.changed(words.get(1), words.subList(2, words.size()));
            }
        } catch (IOException | RuntimeException e) {
            cache.changedEverything();
        }
    }

    private String payload(String author, List<String> groups) {
        List<String> words = new ArrayList<>(groups.size() + 2);
        words.add(replica);
        words.add(author);
        words.addAll(groups);
        try {
            String payload = json.writeValueAsString(words);
            return payload.getBytes(StandardCharsets.UTF_8).length < MAX_PAYLOAD ? payload : EVERYTHING;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void notifyReplicas(Connection connection, String payload) {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            statement.setString(1, CHANNEL);
            statement.setString(2, payload);
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("the note change could not be published", e);
        }
    }

    private void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // stopping: the listener thread ends either way
        }
    }
}
