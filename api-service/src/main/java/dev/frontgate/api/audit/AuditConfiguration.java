package dev.frontgate.api.audit;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Where the audit trail goes.
 *
 * @param log {@code stdout}, {@code none} (no audit trail), or the path of a file lines are appended to
 * @param queueSize lines waiting for the writer; beyond it, lines are dropped and counted, never waited for
 */
@ConfigurationProperties("frontgate.audit")
record AuditConfiguration(@Bindable(defaultValue = "stdout") String log,
                          @Bindable(defaultValue = "8192") int queueSize) {

    static final String STDOUT = "stdout";
    static final String NONE = "none";

    boolean enabled() {
        return !NONE.equalsIgnoreCase(log.strip()) && !log.isBlank();
    }
}
