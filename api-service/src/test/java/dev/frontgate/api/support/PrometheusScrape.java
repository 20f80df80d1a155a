package dev.frontgate.api.support;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One scrape of the service's Prometheus endpoint on its management port, read as a client would. */
public record PrometheusScrape(String text) {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    public static PrometheusScrape of(int managementPort) {
        Api management = new Api(URI.create("http://127.0.0.1:" + managementPort));
        HttpResponse<String> response = management.send(management.request("/prometheus").GET());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("/prometheus answered " + response.statusCode() + ": " + response.body());
        }
        return new PrometheusScrape(response.body());
    }

    /** The sample of the metric with exactly these labels; 0 when there is none. */
    public double value(String metric, Map<String, String> labels) {
        return Arrays.stream(text.split("\n"))
                .map(SAMPLE::matcher)
                .filter(Matcher::matches)
                .filter(sample -> sample.group(1).equals(metric) && labelsOf(sample.group(2)).equals(labels))
                .mapToDouble(sample -> Double.parseDouble(sample.group(3)))
                .findFirst().orElse(0);
    }

    public boolean has(String metric) {
        return Arrays.stream(text.split("\n")).anyMatch(line -> line.startsWith(metric + "{")
                || line.startsWith(metric + " "));
    }

    private static Map<String, String> labelsOf(String labels) {
        Map<String, String> map = new HashMap<>();
        if (labels != null) {
            Matcher label = LABEL.matcher(labels);
            while (label.find()) {
                map.put(label.group(1), label.group(2));
            }
        }
        return map;
    }
}
