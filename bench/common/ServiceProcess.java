import dev.frontgate.testing.keycloak.FreePorts;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A server under test, started as a process on a free loopback port and ready at its first 200 of /health; stopped
 * (and waited for) on close. {@code startMillis} is the time from process start to that first 200.
 */
public record ServiceProcess(String name, Process process, int port, long startMillis) implements AutoCloseable {

    /** The java of the JDK that runs the bench. */
    public static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** USER_HZ, the unit of /proc's CPU times: 100 on Linux. */
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    /**
     * Starts {@code command} with {@code env}, its port in MICRONAUT_SERVER_PORT (the Micronaut apps) and PEER_PORT
     * (the Spring peer), its output to {@code log}; returns at its first 200 of /health.
     */
    public static ServiceProcess start(String name, List<String> command, Map<String, String> env,
                                       ProcessBuilder.Redirect log) throws Exception {
        int port = FreePorts.next();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log);
        builder.environment().putAll(env);
        builder.environment().put("MICRONAUT_SERVER_PORT", String.valueOf(port));
        builder.environment().put("PEER_PORT", String.valueOf(port));
        long started = System.nanoTime();
        Process process = builder.start();
        try {
            awaitFirst200("http://127.0.0.1:" + port + "/health", process, name + " exited; see " + log.file());
        } catch (Exception e) {
            process.destroy();
            throw e;
        }
        return new ServiceProcess(name, process, port, (System.nanoTime() - started) / 1_000_000);
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    /** VmRSS from /proc, or -1. */
    public long rssMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    /**
     * CPU time the process used so far (user + system, from /proc; 10 ms steps): the service's own cost of a round,
     * whatever the load generator beside it costs.
     */
    public Duration cpuTime() throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
        // Fields after the command name, which ends with the last ')': state is field 3, utime 14, stime 15.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return Duration.ofMillis(ticks * 1000 / CLOCK_TICKS_PER_SECOND);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    private static void awaitFirst200(String url, Process process, String exited) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(exited);
            }
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // polled again below
            }
            Thread.sleep(5);
        }
    }
}
