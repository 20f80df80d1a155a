package dev.frontgate.api.audit;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.json.JsonMapper;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes audit lines, one JSON object per line, on a thread of its own: a request only puts its record into a
 * bounded queue and never waits for the disk. When the queue is full the record is dropped and counted
 * ({@code frontgate_audit_dropped_total}) rather than slowing the service.
 */
@Singleton
final class AuditLog implements MeterBinder, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    private static final byte[] NEWLINE = {'\n'};

    private final JsonMapper json;
    private final BlockingQueue<AuditRecord> queue;
    private final AtomicLong dropped = new AtomicLong();
    private final OutputStream out;
    private final Thread writer;

    AuditLog(AuditConfiguration configuration, JsonMapper json) {
        this.json = json;
        this.queue = new ArrayBlockingQueue<>(Math.max(1, configuration.queueSize()));
        this.out = configuration.enabled() ? open(configuration.log().strip()) : null;
        this.writer = out == null ? null : Thread.ofPlatform().daemon().name("audit-writer").start(this::drain);
    }

    boolean enabled() {
        return out != null;
    }

    void write(AuditRecord record) {
        if (out != null && !queue.offer(record)) {
            dropped.incrementAndGet();
        }
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("frontgate.audit.dropped", dropped, AtomicLong::get)
                .description("Audit lines dropped because the writer fell behind").register(registry);
    }

    private static OutputStream open(String log) {
        if (AuditConfiguration.STDOUT.equalsIgnoreCase(log)) {
            return System.out;
        }
        try {
            Path file = Path.of(log).toAbsolutePath();
            Files.createDirectories(file.getParent());
            return new FileOutputStream(file.toFile(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("the audit log " + log + " can not be opened", e);
        }
    }

    /** Writes whatever is queued in one go and flushes once the queue is empty, so a burst costs one flush. */
    private void drain() {
        List<AuditRecord> batch = new ArrayList<>();
        try {
            while (true) {
                batch.add(queue.take());
                queue.drainTo(batch);
                writeAll(batch);
                batch.clear();
            }
        } catch (InterruptedException e) {
            queue.drainTo(batch);
            writeAll(batch);
        }
    }

    private void writeAll(List<AuditRecord> batch) {
        try {
            for (AuditRecord record : batch) {
                out.write(json.writeValueAsBytes(record));
                out.write(NEWLINE);
            }
            out.flush();
        } catch (IOException e) {
            LOG.warn("{} audit lines could not be written: {}", batch.size(), e.toString());
        }
    }

    @PreDestroy
    @Override
    public void close() throws InterruptedException, IOException {
        if (writer != null) {
            writer.interrupt();
            writer.join(5_000);
            if (out != System.out) {
                out.close();
            }
        }
    }
}
