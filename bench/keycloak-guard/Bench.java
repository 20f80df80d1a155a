
import dev.frontgate.testing.keycloak.KeycloakServer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Cost of the frontgate-frontend profile (frontend client guard + scope entitlement) on the sign-in flow of a
 * frontend client: an authorization request with a live SSO session, then the code exchange at the token endpoint.
 * Each worker alternates flow by flow between react-frontend (guarded) and its unguarded twin (see
 * {@link BenchRealm}), so the load of the shared machine hits both sides alike. The run is cut into windows; each
 * window gives one throughput ratio, and the median ratio is reported with its spread.
 * It starts the real Keycloak with our provider and realm through keycloak-test-support (see run.sh).
 * Usage: java -cp CLASSPATH Bench.java [workers] [measured seconds] [windows] [warm-up seconds]
 */
public class Bench {

    /** Flows and time spent per side within one window; index 0 = guarded, 1 = unguarded. */
    record Window(long[] flows, long[] flowNanos, long[] tokenNanos) {
        static Window empty() {
            return new Window(new long[2], new long[2], new long[2]);
        }

        void add(Window other) {
            for (int side = 0; side < 2; side++) {
                flows[side] += other.flows[side];
                flowNanos[side] += other.flowNanos[side];
                tokenNanos[side] += other.tokenNanos[side];
            }
        }

        double meanMillis(long[] nanos, int side) {
            return nanos[side] / 1e6 / flows[side];
        }

        /** Throughput guarded / unguarded: with strict alternation, the inverse ratio of the mean flow times. */
        double ratio() {
            return meanMillis(flowNanos, 1) / meanMillis(flowNanos, 0);
        }
    }

    public static void main(String[] args) throws Exception {
        int workers = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 120;
        int windows = args.length > 2 ? Integer.parseInt(args[2]) : 12;
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        KeycloakServer keycloak = KeycloakServer.shared();
        BenchRealm realm = new BenchRealm(keycloak);
        realm.install();
        try {
            List<SignedInBrowser[]> browsers = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                browsers.add(new SignedInBrowser[] {new SignedInBrowser(keycloak, BenchRealm.GUARDED_CLIENT),
                        new SignedInBrowser(keycloak, BenchRealm.UNGUARDED_CLIENT)});
            }
            // The JIT compiles Keycloak's hot paths during the first thousands of requests: keep them out.
            run(browsers, warmUp);
            List<Window> measured = new ArrayList<>();
            for (int i = 0; i < windows; i++) {
                Window window = run(browsers, Math.max(1, seconds / windows));
                measured.add(window);
                System.out.printf(Locale.ROOT, "window %2d: guarded %5d flows %6.2f ms, unguarded %5d flows %6.2f ms,"
                        + " ratio %.3f%n", i + 1, window.flows()[0], window.meanMillis(window.flowNanos(), 0),
                        window.flows()[1], window.meanMillis(window.flowNanos(), 1), window.ratio());
            }
            report(measured);
        } finally {
            realm.restore();
        }
        System.exit(0); // Keycloak stops with the JVM
    }

    private static Window run(List<SignedInBrowser[]> browsers, int seconds) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        try (ExecutorService pool = Executors.newFixedThreadPool(browsers.size())) {
            List<Future<Window>> results = new ArrayList<>();
            for (SignedInBrowser[] pair : browsers) {
                results.add(pool.submit(() -> {
                    Window window = Window.empty();
                    for (int side = 0; System.nanoTime() < deadline; side = 1 - side) {
                        long start = System.nanoTime();
                        window.tokenNanos()[side] += pair[side].codeFlow();
                        window.flowNanos()[side] += System.nanoTime() - start;
                        window.flows()[side]++;
                    }
                    return window;
                }));
            }
            Window total = Window.empty();
            for (Future<Window> result : results) {
                total.add(result.get());
            }
            return total;
        }
    }

    private static void report(List<Window> windows) {
        Window total = Window.empty();
        windows.forEach(total::add);
        List<Double> ratios = new ArrayList<>(windows.stream().map(Window::ratio).toList());
        ratios.sort(null);
        double median = ratios.get(ratios.size() / 2);
        System.out.printf(Locale.ROOT, "%nguarded   (react-frontend)  %6d flows, flow %6.2f ms, token endpoint %6.2f ms%n",
                total.flows()[0], total.meanMillis(total.flowNanos(), 0), total.meanMillis(total.tokenNanos(), 0));
        System.out.printf(Locale.ROOT, "unguarded (bench-unguarded) %6d flows, flow %6.2f ms, token endpoint %6.2f ms%n",
                total.flows()[1], total.meanMillis(total.flowNanos(), 1), total.meanMillis(total.tokenNanos(), 1));
        System.out.printf(Locale.ROOT, "throughput ratio guarded/unguarded: median %.3f over %d windows (min %.3f,"
                + " max %.3f), whole run %.3f -> the guard costs %.1f %% (target <= 5 %%)%n", median, ratios.size(),
                ratios.get(0), ratios.get(ratios.size() - 1), total.ratio(), (1 - median) * 100);
        System.out.printf(Locale.ROOT, "token endpoint alone: guarded/unguarded latency %.3f%n",
                total.meanMillis(total.tokenNanos(), 0) / total.meanMillis(total.tokenNanos(), 1));
    }
}
