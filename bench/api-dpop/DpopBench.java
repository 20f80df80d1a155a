import dev.frontgate.testing.keycloak.DpopKey;
import dev.frontgate.testing.keycloak.KeycloakServer;
import dev.frontgate.testing.keycloak.Tokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * What DPoP costs the api-service: one load generator (java.net.http, one thread per connection) drives GET /health
 * (open), GET /api/me with a Bearer token (api-docs) and GET /api/me with react-frontend's DPoP-bound token and a
 * fresh proof signed per request (new jti, iat now), in turn, so the ratios compare like with like. Each DPoP request
 * costs the service a proof signature check and one INSERT into the shared jti table (dpop_proof, UNLOGGED on
 * PostgreSQL); the generator's own signing takes CPU from the same machine, which is reported, not hidden.
 * Usage (see run.sh): java -cp CLASSPATH DpopBench.java SERVICE_JAR [connections] [warm-up s] [measured s per round]
 */
public class DpopBench {

    private static final String DB = System.getProperty("bench.db", "frontgate_bench_dpop");
    private static final int ROUNDS = 2;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    record Scenario(String name, Function<String, HttpRequest> request) {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int measured = args.length > 3 ? Integer.parseInt(args[3]) : 15;
        KeycloakServer keycloak = KeycloakServer.shared();
        Tokens dpop = keycloak.pkce().login("alice", "openid read groups");
        String bearer = keycloak.pkce().bearerLogin("alice", "openid read groups").accessToken();
        BenchDatabase.recreate(DB);
        List<String> command = List.of(ServiceProcess.JAVA, "-jar", jar.toString());
        Path log = Path.of(System.getProperty("bench.logs", ".")).resolve("service.log");
        try (ServiceProcess service = ServiceProcess.start("api-service", command, ApiService.env(keycloak, DB),
                ProcessBuilder.Redirect.to(log.toFile()))) {
            String base = "http://localhost:" + service.port();
            List<Scenario> scenarios = List.of(
                    new Scenario("GET /health (open)", url -> get(url + "/health").build()),
                    new Scenario("GET /api/me, Bearer (api-docs)", url -> get(url + "/api/me")
                            .header("Authorization", "Bearer " + bearer).build()),
                    new Scenario("GET /api/me, DPoP, fresh proof", url -> get(url + "/api/me")
                            .header("Authorization", "DPoP " + dpop.accessToken())
                            .header("DPoP", dpop.dpopKey().proof("GET", url + "/api/me", dpop.accessToken(), null))
                            .build()));
            for (Scenario scenario : scenarios) {
                load(base, scenario, connections, warmUp);
            }
            Map<String, double[]> results = new LinkedHashMap<>();
            for (int round = 0; round < ROUNDS; round++) {
                for (Scenario scenario : scenarios) {
                    Duration cpuBefore = service.cpuTime();
                    double[] result = load(base, scenario, connections, measured);
                    double cpuMicros = service.cpuTime().minus(cpuBefore).toNanos() / 1000.0;
                    double[] withCpu = {result[0], result[1], cpuMicros, result[0] * measured};
                    results.merge(scenario.name(), withCpu,
                            (a, b) -> new double[] {a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3]});
                }
            }
            report(results, connections, warmUp, measured);
            System.out.println("rows in dpop_proof after the run (purged every 30 s): "
                    + BenchDatabase.sql(DB, "SELECT count(*) FROM dpop_proof"));
        }
        System.exit(0);
    }

    /** Requests per second answered 200, and the count of other answers, over {@code seconds}. */
    private static double[] load(String base, Scenario scenario, int connections, int seconds) throws Exception {
        LongAdder ok = new LongAdder();
        LongAdder other = new LongAdder();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            workers.add(Thread.ofPlatform().start(() -> {
                while (System.nanoTime() < deadline) {
                    try {
                        int status = HTTP.send(scenario.request().apply(base), HttpResponse.BodyHandlers.discarding())
                                .statusCode();
                        (status == 200 ? ok : other).increment();
                    } catch (IOException | InterruptedException e) {
                        other.increment();
                    }
                }
            }));
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return new double[] {ok.sum() / (double) seconds, other.sum()};
    }

    private static void report(Map<String, double[]> results, int connections, int warmUp, int measured) {
        System.out.printf("%n%d connections (threads of one java.net.http client), %d s warm-up per scenario, then %d"
                + " rounds of %d s per scenario (mean)%n", connections, warmUp, ROUNDS, measured);
        System.out.println("| scenario | requests/s (200) | ratio to /health | other answers "
                + "| service CPU per request | ratio to Bearer |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        double open = results.get("GET /health (open)")[0] / ROUNDS;
        double[] bearer = results.get("GET /api/me, Bearer (api-docs)");
        results.forEach((name, result) -> System.out.printf(Locale.ROOT, "| %s | %.0f | %.2f | %.0f | %.0f µs | %.2f |%n",
                name, result[0] / ROUNDS, result[0] / ROUNDS / open, result[1], result[2] / result[3],
                (result[2] / result[3]) / (bearer[2] / bearer[3])));
        System.out.println("Service CPU per request: the api-service process's CPU time (/proc) over a round divided by"
                + " its answered requests; the load generator's own signing is not in it.");
    }

    private static HttpRequest.Builder get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
    }
}
