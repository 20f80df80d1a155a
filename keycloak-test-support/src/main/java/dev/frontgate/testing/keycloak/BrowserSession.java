package dev.frontgate.testing.keycloak;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A minimal browser for Keycloak's login pages: keeps cookies and does not follow redirects. Keycloak marks its
 * session cookies {@code Secure} even on http://localhost (browsers treat localhost as secure), so this jar sends
 * them over plain HTTP as a browser would, where {@link java.net.CookieManager} would not.
 */
final class BrowserSession {

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    HttpResponse<String> get(String url) {
        return send(request(url).GET());
    }

    HttpResponse<String> postForm(String url, Map<String, String> form) {
        return postForm(url, form, Map.of());
    }

    HttpResponse<String> postForm(String url, Map<String, String> form, Map<String, String> headers) {
        HttpRequest.Builder request = request(url).header("Content-Type", "application/x-www-form-urlencoded");
        headers.forEach(request::header);
        return send(request.POST(HttpRequest.BodyPublishers.ofString(formBody(form))));
    }

    static String formBody(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String url) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(this::remember);
            return response;
        } catch (IOException e) {
            throw new IllegalStateException("HTTP request to Keycloak failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private void remember(String setCookie) {
        String[] nameValue = setCookie.split(";", 2)[0].split("=", 2);
        boolean expired = setCookie.toLowerCase().contains("max-age=0") || nameValue.length < 2
                || nameValue[1].isEmpty();
        if (expired) {
            cookies.remove(nameValue[0].trim());
        } else {
            cookies.put(nameValue[0].trim(), nameValue[1].trim());
        }
    }
}
