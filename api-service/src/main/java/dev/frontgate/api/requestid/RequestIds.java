package dev.frontgate.api.requestid;

import io.micronaut.http.HttpRequest;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Request ids: a client's {@code X-Request-Id} when it is well-formed (1–64 characters of {@code A-Z a-z 0-9 . _ -}),
 * otherwise a new one of 16 hex digits. The character set keeps a client's id harmless in headers, JSON and logs.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "request_id";
    static final String ATTRIBUTE = "frontgate.request-id";
    static final int MAX_LENGTH = 64;

    private RequestIds() {
    }

    /** The id given to the request by {@link RequestIdFilter}; null for a request that never passed it. */
    public static String of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class).orElse(null);
    }

    /** The client's id if well-formed, else a new one. */
    static String accept(String offered) {
        return isWellFormed(offered) ? offered : generate();
    }

    static boolean isWellFormed(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean allowed = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '.' || c == '_' || c == '-';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /** Random, not secure-random: an id names a request, it guards nothing, and SecureRandom would serialize. */
    static String generate() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }
}
