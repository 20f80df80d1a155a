import dev.frontgate.testing.keycloak.KeycloakServer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The api-service and two stock resource servers (Micronaut Security, Spring Boot) side by side, validating the same
 * Keycloak token: start to the first 200, open and protected requests per second, RSS after the load; and the goals of
 * issue #15 that one run can show: GET /api/notes against pgbench running the service's own query, start and RSS
 * against the stock Micronaut app. Usage: see run.sh.
 */
public class PeersBench {

    static final int STARTS = 3;
    static final int ROUNDS = 2;
    static final Path LOGS = Path.of(System.getProperty("bench.logs", "."));

    /** A server under test: how to start it, which endpoint needs a token. */
    record Server(String name, List<String> command, Map<String, String> env, boolean hasNotes) {
    }

    record Result(Server server, long startMillis, double open, double protectedRate, double notes, long rssMiB,
                  double dpop) {
    }

    public static void main(String[] args) throws Exception {
        int connections = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int measured = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        String db = System.getProperty("bench.db", "frontgate_bench_peers");
        KeycloakServer keycloak = KeycloakServer.shared();
        BenchDatabase.recreate(db);
        List<Server> servers = Servers.all(keycloak, db);
        Servers.trainApiService(keycloak, db);

        Map<Server, List<Long>> starts = new LinkedHashMap<>();
        for (int i = 0; i < STARTS; i++) {
            for (Server server : servers) {
                try (ServiceProcess running = start(server)) {
                    starts.computeIfAbsent(server, s -> new ArrayList<>()).add(running.startMillis());
                }
            }
        }
        List<Result> results = new ArrayList<>();
        for (Server server : servers) {
            results.add(measure(server, keycloak, db, median(starts.get(server)), connections, warmUp, measured));
        }
        String token = keycloak.pkce().bearerLogin("alice", "openid read write groups").accessToken();
        double pgbench = Database.pgbench(db, token, connections, measured);
        Report.print(results, pgbench, connections, warmUp, measured);
        System.exit(0);
    }

    static Result measure(Server server, KeycloakServer keycloak, String db, long startMillis, int connections,
                          int warmUp, int measured) throws Exception {
        // A fresh token per server: the whole run outlasts one 5-minute access token.
        String token = keycloak.pkce().bearerLogin("alice", "openid read write groups").accessToken();
        try (ServiceProcess running = start(server)) {
            String base = running.base();
            List<String> paths = new ArrayList<>(List.of("/health", "/api/me"));
            if (server.hasNotes()) {
                Servers.seedNotes(base, token, db);
                paths.add("/api/notes");
            }
            for (String path : paths) {
                Load.wrk(base + path, token, connections, warmUp);
            }
            Map<String, Double> rates = new LinkedHashMap<>();
            for (int round = 0; round < ROUNDS; round++) {
                for (String path : paths) {
                    rates.merge(path, Load.wrk(base + path, token, connections, measured) / ROUNDS, Double::sum);
                }
            }
            double dpop = server.hasNotes() ? dpop(base + "/api/me", keycloak, connections, measured) : -1;
            return new Result(server, startMillis, rates.get("/health"), rates.get("/api/me"),
                    rates.getOrDefault("/api/notes", -1.0), running.rssMiB(), dpop);
        }
    }

    static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    /** Starts a server, its output appended to LOGS/<name>.log. */
    static ServiceProcess start(Server server) throws Exception {
        return ServiceProcess.start(server.name(), server.command(), server.env(),
                ProcessBuilder.Redirect.appendTo(LOGS.resolve(server.name() + ".log").toFile()));
    }

    /**
     * The hook for the DPoP path (issue #15 goal 5): {@code -Dbench.dpop.load=<command>} is run as
     * {@code <command> <url> <connections> <seconds>} with BENCH_ISSUER set; it signs a fresh proof per request and
     * prints wrk's "Requests/sec: N". Without it the column shows "–".
     */
    static double dpop(String url, KeycloakServer keycloak, int connections, int seconds) throws Exception {
        List<String> command = new ArrayList<>(Servers.words(System.getProperty("bench.dpop.load", "")));
        if (command.isEmpty()) {
            return -1;
        }
        command.addAll(List.of(url, String.valueOf(connections), String.valueOf(seconds)));
        return Load.rate(command, Map.of("BENCH_ISSUER", keycloak.issuer()));
    }

    /** The claims of a token, for the pgbench script's literals. */
    static String claim(String token, String name) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        Matcher value = Pattern.compile("\"" + name + "\":(\"[^\"]*\"|\\[[^]]*])").matcher(payload);
        return value.find() ? value.group(1) : "";
    }

    static List<String> groups(String token) {
        String list = claim(token, "groups");
        return list.isEmpty() ? List.of() : Pattern.compile("\"([^\"]*)\"").matcher(list).results()
                .map(match -> match.group(1)).collect(Collectors.toList());
    }

    static String format(double value) {
        return value < 0 ? "–" : String.format(Locale.ROOT, "%,.0f", value);
    }

    /** The three servers, each started alone with its own defaults; the api-service with the launcher's options. */
    static final class Servers {

        static List<Server> all(KeycloakServer keycloak, String db) {
            String java = ServiceProcess.JAVA;
            List<String> api = new ArrayList<>(List.of(java));
            api.addAll(words(System.getProperty("bench.api.options", "")));
            api.addAll(List.of("-jar", System.getProperty("bench.api.jar")));
            Map<String, String> peerEnv = Map.of("PEER_ISSUER", keycloak.issuer(), "PEER_JWKS_URL", keycloak.jwksUrl());
            return List.of(
                    new Server("api-service", api, ApiService.env(keycloak, db), true),
                    new Server("stock Micronaut Security", List.of(java, "-jar",
                            System.getProperty("bench.peer.micronaut")), peerEnv, false),
                    new Server("Spring Boot resource server", List.of(java, "-jar",
                            System.getProperty("bench.peer.spring")), peerEnv, false));
        }

        /**
         * The launcher's first start writes the JDK's AOT cache when the service stops (launcher/api.sh); the bench
         * does the same once, with a little load, before it measures starts that use the cache.
         */
        static void trainApiService(KeycloakServer keycloak, String db) throws Exception {
            List<String> training = words(System.getProperty("bench.api.training.options", ""));
            if (training.isEmpty()) {
                return;
            }
            List<String> command = new ArrayList<>(List.of(ServiceProcess.JAVA));
            command.addAll(training);
            command.addAll(List.of("-jar", System.getProperty("bench.api.jar")));
            String token = keycloak.pkce().bearerLogin("alice", "openid read write groups").accessToken();
            try (ServiceProcess running = start(new Server("api-service-training", command,
                    ApiService.env(keycloak, db), true))) {
                seedNotes(running.base(), token, db);
                for (String path : List.of("/health", "/api/me", "/api/notes")) {
                    Load.wrk(running.base() + path, token, 8, 3);
                }
            }
            System.out.println("api-service: AOT cache written by a training run");
        }

        /** Twenty notes of alice (the bench's runs share the database, so only when there are fewer). */
        static void seedNotes(String base, String token, String db) throws Exception {
            if (Long.parseLong(BenchDatabase.sql(db, "SELECT count(*) FROM note")) < 20) {
                ApiService.seedNotes(base, token);
            }
        }

        static List<String> words(String text) {
            return text.isBlank() ? List.of() : List.of(text.trim().split("\\s+"));
        }
    }

    /** pgbench running the service's own page query on the bench's database. */
    static final class Database {

        /**
         * The statement GET /api/notes runs for alice with the groups scope (NotePageRepository: the page with the
         * total as a window count), with her sub and groups as literals, through pgbench's prepared protocol.
         */
        static double pgbench(String db, String token, int connections, int seconds) throws Exception {
            String author = claim(token, "sub");
            String groups = groups(token).stream().map(g -> "'" + g.replace("'", "''") + "'")
                    .collect(Collectors.joining(", "));
            String query = "SELECT id, author, title, body, group_path, version, created_at, updated_at,"
                    + " COUNT(*) OVER () AS total FROM note WHERE author = '" + author.replace("\"", "") + "'"
                    + (groups.isEmpty() ? "" : " OR group_path IN (" + groups + ")")
                    + " ORDER BY created_at DESC, id LIMIT 20 OFFSET 0;\n";
            Path script = LOGS.resolve("notes-page.sql");
            Files.writeString(script, query);
            ProcessBuilder builder = new ProcessBuilder("pgbench", "-n", "-M", "prepared", "-h", "127.0.0.1",
                    "-U", "postgres", "-c", String.valueOf(connections), "-j", "2", "-T", String.valueOf(seconds),
                    "-f", script.toString(), db).redirectErrorStream(true);
            Process pgbench = builder.start();
            String output = new String(pgbench.getInputStream().readAllBytes());
            if (pgbench.waitFor() != 0) {
                throw new IllegalStateException("pgbench failed:\n" + output);
            }
            Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
            if (!tps.find()) {
                throw new IllegalStateException("no tps in pgbench's output:\n" + output);
            }
            return Double.parseDouble(tps.group(1));
        }
    }

    /** One table of the three servers, then the goals' ratios. */
    static final class Report {

        static void print(List<Result> results, double pgbench, int connections, int warmUp, int measured) {
            System.out.printf("%n%d connections, wrk -t2; %d s warm-up, then %d rounds of %d s per endpoint (mean);"
                    + " start: median of %d%n%n", connections, warmUp, ROUNDS, measured, STARTS);
            System.out.println("| server | open req/s | protected req/s | protected/open | DPoP req/s"
                    + " | start to first 200 | RSS after load |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|");
            for (Result r : results) {
                System.out.printf(Locale.ROOT, "| %s | %s | %s | %.2f | %s | %.1f s | %d MiB |%n", r.server().name(),
                        format(r.open()), format(r.protectedRate()), r.protectedRate() / r.open(), format(r.dpop()),
                        r.startMillis() / 1000.0, r.rssMiB());
            }
            Result api = results.get(0);
            Result stock = results.get(1);
            System.out.printf(Locale.ROOT, "%nissue #15, api-service against its goals:%n");
            System.out.printf(Locale.ROOT, "  1. GET /api/notes %s req/s, pgbench (same statement) %s tps:"
                    + " %.2f (goal >= 0.60)%n", format(api.notes()), format(pgbench), api.notes() / pgbench);
            System.out.printf(Locale.ROOT, "  2. start %.1f s vs stock Micronaut %.1f s: %.2f (goal <= 1.00);"
                    + " RSS %d vs %d MiB: %.2f (goal <= 1.00)%n", api.startMillis() / 1000.0,
                    stock.startMillis() / 1000.0, (double) api.startMillis() / stock.startMillis(), api.rssMiB(),
                    stock.rssMiB(), (double) api.rssMiB() / stock.rssMiB());
            System.out.printf(Locale.ROOT, "  protected/open %.2f (keep >= 0.80)%n", api.protectedRate() / api.open());
        }
    }
}
