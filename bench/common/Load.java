import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** wrk with a fixed token, and any load generator that prints wrk's "Requests/sec: N". */
public final class Load {

    private Load() {
    }

    /** wrk -t2 for {@code seconds}: requests per second; any non-2xx answer fails. */
    public static double wrk(String url, String token, int connections, int seconds) throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s"));
        if (!url.endsWith("/health")) {
            // The open endpoint gets no token: a framework might verify one even where none is needed.
            command.addAll(List.of("-H", "Authorization: Bearer " + token));
        }
        command.add(url);
        return rate(command, Map.of());
    }

    /** Runs {@code command} with {@code env} added and reads its "Requests/sec:"; its "Non-2xx" line fails. */
    public static double rate(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process load = builder.start();
        String output = new String(load.getInputStream().readAllBytes());
        load.waitFor();
        if (output.contains("Non-2xx")) {
            throw new IllegalStateException("errors under load: " + command + "\n" + output);
        }
        Matcher rate = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(output);
        if (!rate.find()) {
            throw new IllegalStateException("no rate in the output of " + command + ":\n" + output);
        }
        return Double.parseDouble(rate.group(1));
    }
}
