package dev.frontgate.api.audit;

import dev.frontgate.api.metrics.RefusalCounters;
import dev.frontgate.api.metrics.RouteTemplates;
import dev.frontgate.api.requestid.RequestIds;
import dev.frontgate.api.security.Caller;
import dev.frontgate.api.security.Refusal;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.net.InetAddress;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts every 401 and 403 ({@link RefusalCounters}) and writes an audit line for it and for every write. It runs
 * before the security filter, so it sees the answers the security filter's refusals become. Any other answer (the
 * common case: a GET that passed) costs one status and one method comparison.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class AuditFilter implements Ordered {

    private final AuditLog log;
    private final Optional<RefusalCounters> counters;

    AuditFilter(AuditLog log, Optional<RefusalCounters> counters) {
        this.log = log;
        this.counters = counters;
    }

    @ResponseFilter
    void record(HttpRequest<?> request, MutableHttpResponse<?> response) {
        int status = response.code();
        Optional<Refusal> refusal = Refusal.of(request, status);
        if (refusal.isEmpty() && !isWrite(request.getMethod())) {
            return;
        }
        String route = RouteTemplates.of(request);
        refusal.ifPresent(r -> counters.ifPresent(c -> c.count(r, route)));
        if (log.enabled()) {
            log.write(auditRecord(request, status, route, refusal));
        }
    }

    private static AuditRecord auditRecord(HttpRequest<?> request, int status, String route,
                                           Optional<Refusal> refusal) {
        Optional<Caller> caller = request.getUserPrincipal(Caller.class);
        InetAddress peer = request.getRemoteAddress().getAddress();
        return new AuditRecord(Instant.now().toString(), RequestIds.of(request), request.getMethodName(), route,
                status,
                refusal.map(Refusal::outcome).orElse(status < 400 ? "allowed" : "failed"),
                refusal.map(Refusal::reason).orElse(null),
                caller.map(Caller::subject).orElse(null),
                caller.map(Caller::client).orElse(null),
                peer == null ? null : peer.getHostAddress());
    }

    private static boolean isWrite(HttpMethod method) {
        return method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH
                || method == HttpMethod.DELETE;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.METRICS.order();
    }
}
