package dev.frontgate.api.session;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * One replica's immutable picture of the ended sessions, cheap to ask on every request.
 *
 * @param sids       ended session ids
 * @param subsEndedAt for logouts of every session of a user: the user's latest such logout
 */
record EndedSessionView(Set<String> sids, Map<String, Instant> subsEndedAt) {

    static final EndedSessionView EMPTY = new EndedSessionView(Set.of(), Map.of());

    static EndedSessionView of(Collection<EndedSession> rows) {
        return EMPTY.with(rows);
    }

    EndedSessionView with(Collection<EndedSession> rows) {
        Set<String> newSids = new HashSet<>(sids);
        Map<String, Instant> newSubs = new HashMap<>(subsEndedAt);
        for (EndedSession row : rows) {
            if (row.sid() != null) {
                newSids.add(row.sid());
            } else {
                newSubs.merge(row.sub(), row.endedAt(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return new EndedSessionView(Set.copyOf(newSids), Map.copyOf(newSubs));
    }

    /**
     * Whether a token of session {@code sid} (may be null) of user {@code sub} issued at {@code issuedAt} (may be
     * null: then it counts as issued before any logout) belongs to an ended session.
     */
    boolean ends(Object sid, Object sub, Instant issuedAt) {
        if (sid != null && sids.contains(sid)) {
            return true;
        }
        if (subsEndedAt.isEmpty() || sub == null) {
            return false;
        }
        Instant endedAt = subsEndedAt.get(sub);
        return endedAt != null && (issuedAt == null || !issuedAt.isAfter(endedAt));
    }

    int size() {
        return sids.size() + subsEndedAt.size();
    }
}
