package dev.frontgate.keycloak.session;

/**
 * A session that ended, as a logout token names it: {@code sid} and {@code sub}, or one of them (a null is left out).
 *
 * @param issuer the realm's issuer URL, as in the session's tokens
 */
record EndedSession(String realmId, String issuer, String sid, String sub) {
}
