
import dev.frontgate.testing.keycloak.FreePorts;
import dev.frontgate.testing.keycloak.KeycloakServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Throughput of the api-service jar with a real Keycloak token: GET /health (open), GET /api/me (token, no database)
 * and GET /api/notes (token + PostgreSQL), each through wrk at a fixed number of connections after a warm-up, with
 * the verified-token cache on and off, and with metrics and the audit trail on and off (docs/operations.md); plus
 * startup time to the first 200 and RSS after the load.
 * Usage (see run.sh): java -cp CLASSPATH ApiBench.java SERVICE_JAR [connections] [warm-up s] [measured s per round]
 * With -Dbench.ended-sessions=N the shared table holds N ended sessions (and N/10 logouts by user) of other users
 * while it measures, so every token request runs the ended-session check against a full view.
 */
public class ApiBench {

    private static final List<String> ENDPOINTS = List.of("/health", "/api/me", "/api/notes");
    private static final String DB = "frontgate_bench";
    private static final int ROUNDS = 2;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int ENDED_SESSIONS = Integer.getInteger("bench.ended-sessions", 0);

    /** One configuration of the service: the verified-token cache, and metrics with the audit trail ("ops"). */
    record Setup(boolean cache, boolean ops) {
        String name() {
            return "cache " + (cache ? "on" : "off") + ", metrics+audit " + (ops ? "on" : "off");
        }
    }

    record Run(Setup setup, long startupMillis, Map<String, Double> requestsPerSecond, long rssMiB) {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int measured = args.length > 3 ? Integer.parseInt(args[3]) : 15;
        KeycloakServer keycloak = KeycloakServer.shared();
        // wrk replays one Authorization header, so this measures Bearer tokens: those of api-docs (Swagger UI).
        // react-frontend's are DPoP-bound and need a proof per request: bench/api-dpop/ measures that path.
        String token = keycloak.pkce().bearerLogin("alice", "openid read write groups").accessToken();
        BenchDatabase.recreate(DB);
        List<Run> runs = new ArrayList<>();
        for (Setup setup : List.of(new Setup(true, true), new Setup(true, false), new Setup(false, true))) {
            runs.add(run(jar, keycloak, token, setup, connections, warmUp, measured));
        }
        System.out.printf("%n%d connections, %d s warm-up per endpoint, then %d rounds of %d s per endpoint (mean),"
                + " wrk -t2%n", connections, warmUp, ROUNDS, measured);
        System.out.println("| token cache | metrics+audit | endpoint | requests/s | ratio to /health |");
        System.out.println("|---|---|---|---:|---:|");
        for (Run run : runs) {
            double open = run.requestsPerSecond().get("/health");
            for (String endpoint : ENDPOINTS) {
                double rate = run.requestsPerSecond().get(endpoint);
                System.out.printf(Locale.ROOT, "| %s | %s | `GET %s` | %.0f | %.2f |%n",
                        run.setup().cache() ? "on" : "off", run.setup().ops() ? "on" : "off", endpoint, rate,
                        rate / open);
            }
        }
        for (Run run : runs) {
            System.out.printf("%s: startup to first 200 of /health %d ms, RSS after load %d MiB%n",
                    run.setup().name(), run.startupMillis(), run.rssMiB());
        }
        double withOps = ratio(runs.get(0), "/api/me");
        double withoutOps = ratio(runs.get(1), "/api/me");
        System.out.printf(Locale.ROOT, "/api/me to /health with the cache: %.2f with metrics+audit, %.2f without"
                + " (%+.1f %%)%n", withOps, withoutOps, 100 * (withOps - withoutOps) / withoutOps);
        System.exit(0);
    }

    private static double ratio(Run run, String endpoint) {
        return run.requestsPerSecond().get(endpoint) / run.requestsPerSecond().get("/health");
    }

    private static Run run(Path jar, KeycloakServer keycloak, String token, Setup setup, int connections,
                           int warmUp, int measured) throws Exception {
        boolean cache = setup.cache();
        Path logs = Path.of(System.getProperty("bench.logs", "."));
        String label = "cache-" + (cache ? "on" : "off") + "-ops-" + (setup.ops() ? "on" : "off");
        Map<String, String> env = new HashMap<>(ApiService.env(keycloak, DB));
        env.put("FRONTGATE_TOKEN_CACHE_ENABLED", String.valueOf(cache));
        env.put("FRONTGATE_MANAGEMENT_PORT", String.valueOf(FreePorts.next()));
        env.put("FRONTGATE_METRICS_ENABLED", String.valueOf(setup.ops()));
        env.put("FRONTGATE_AUDIT_LOG", setup.ops() ? logs.resolve("audit-" + label + ".log").toString() : "none");
        List<String> command = List.of(ServiceProcess.JAVA, "-jar", jar.toString());
        ProcessBuilder.Redirect log = ProcessBuilder.Redirect.to(logs.resolve("service-" + label + ".log").toFile());
        try (ServiceProcess service = ServiceProcess.start("api-service", command, env, log)) {
            String base = service.base();
            ApiService.seedNotes(base, token);
            seedEndedSessions();
            for (String endpoint : ENDPOINTS) {
                Load.wrk(base + endpoint, token, connections, warmUp);
            }
            // Two rounds, each endpoint in turn, so that a burst of load from elsewhere hits all of them alike.
            Map<String, Double> rates = new LinkedHashMap<>();
            for (int round = 0; round < ROUNDS; round++) {
                for (String endpoint : ENDPOINTS) {
                    double rate = Load.wrk(base + endpoint, token, connections, measured);
                    rates.merge(endpoint, rate / ROUNDS, Double::sum);
                }
            }
            System.out.println("health after load: " + HTTP.send(HttpRequest.newBuilder(URI.create(base + "/health"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body());
            return new Run(setup, service.startMillis(), rates, service.rssMiB());
        }
    }

    /** Ended sessions of other users; the service reloads them within its refresh interval (1 s). */
    private static void seedEndedSessions() throws Exception {
        if (ENDED_SESSIONS <= 0) {
            return;
        }
        BenchDatabase.sql(DB, "DELETE FROM ended_session");
        BenchDatabase.sql(DB, "INSERT INTO ended_session (sid, sub, ended_at, keep_until) SELECT md5('sid' || i),"
                + " md5('sub' || i), now(), now() + interval '1 hour' FROM generate_series(1, " + ENDED_SESSIONS
                + ") i");
        BenchDatabase.sql(DB, "INSERT INTO ended_session (sid, sub, ended_at, keep_until) SELECT NULL,"
                + " md5('user' || i), now(), now() + interval '1 hour' FROM generate_series(1, "
                + Math.max(1, ENDED_SESSIONS / 10) + ") i");
        Thread.sleep(3000);
        System.out.println("ended sessions in the shared table: " + ENDED_SESSIONS + " by sid, "
                + Math.max(1, ENDED_SESSIONS / 10) + " by user");
    }
}
