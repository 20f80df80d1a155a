package dev.frontgate.api.security;

import java.util.Set;

/**
 * The OAuth2 scopes of the API. The names must match the client scopes in realm-config/frontgate-realm.json;
 * ScopeContractTest fails when they drift apart.
 */
public final class Scopes {

    public static final String READ = "read";
    public static final String WRITE = "write";
    public static final String GROUPS = "groups";

    public static final Set<String> ALL = Set.of(READ, WRITE, GROUPS);

    private Scopes() {
    }
}
