#!/usr/bin/env python3
"""Applies realm exports to realms that already exist, keeping what was created at runtime.

Keycloak's --import-realm skips an existing realm, and re-creating the database (as the single-node dev stack does)
would lose users, sessions and everything the API stored about them. Instead, through the admin REST API:
realm attributes (PUT, only the fields the export has), clients, client scopes, groups and roles by partial import
with OVERWRITE (and the realm's role mappings of client scopes), users of the export by partial import with SKIP (a new demo user is added, a user that exists keeps
its password, sessions and groups), then the client profiles and policies. Users created at runtime are not in the
export and are never touched.

Usage: ha-realm-apply.py <keycloak base URL> <admin user> <admin password> <export.json>...
"""
import json
import sys
import urllib.error
import urllib.parse
import urllib.request

# Parts of an export that are not realm attributes: applied below by their own endpoints, or left alone.
NOT_ATTRIBUTES = {"users", "clients", "clientScopes", "groups", "roles", "scopeMappings", "clientScopeMappings",
                  "clientProfiles", "clientPolicies", "defaultDefaultClientScopes", "defaultOptionalClientScopes",
                  "components", "identityProviders", "identityProviderMappers", "authenticationFlows",
                  "authenticatorConfig", "requiredActions", "id"}


class Admin:
    def __init__(self, base, user, password):
        self.base = base.rstrip("/")
        form = urllib.parse.urlencode({"grant_type": "password", "client_id": "admin-cli",
                                       "username": user, "password": password}).encode()
        answer = urllib.request.urlopen(self.base + "/realms/master/protocol/openid-connect/token", form, timeout=30)
        self.token = json.load(answer)["access_token"]

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base + "/admin/realms" + path, data=data, method=method)
        request.add_header("Authorization", "Bearer " + self.token)
        request.add_header("Content-Type", "application/json")
        with urllib.request.urlopen(request, timeout=60) as answer:
            text = answer.read().decode()
            return json.loads(text) if text else None

    def exists(self, realm):
        try:
            self.call("GET", "/" + realm)
            return True
        except urllib.error.HTTPError as e:
            if e.code == 404:
                return False
            raise


def apply(admin, export):
    realm = export["realm"]
    if not admin.exists(realm):
        print(f"realm {realm}: not there yet (Keycloak's --import-realm creates it)")
        return
    admin.call("PUT", "/" + realm, {k: v for k, v in export.items() if k not in NOT_ATTRIBUTES})
    definitions = {k: export[k] for k in ("clientScopes", "clients", "groups", "roles") if k in export}
    overwritten = admin.call("POST", f"/{realm}/partialImport", {"ifResourceExists": "OVERWRITE", **definitions})
    added = admin.call("POST", f"/{realm}/partialImport",
                       {"ifResourceExists": "SKIP", "users": export.get("users", [])})
    restore_scope_mappings(admin, realm, export.get("scopeMappings", []))
    if "clientProfiles" in export:
        admin.call("PUT", f"/{realm}/client-policies/profiles", export["clientProfiles"])
    if "clientPolicies" in export:
        admin.call("PUT", f"/{realm}/client-policies/policies", export["clientPolicies"])
    print(f"realm {realm}: {overwritten['overwritten']} definitions overwritten, {overwritten['added']} added; "
          f"{added['added']} users added, {added['skipped']} kept as they are")


def restore_scope_mappings(admin, realm, mappings):
    """A client scope overwritten by the partial import is a new one, without the roles the export maps to it."""
    scopes = {scope["name"]: scope["id"] for scope in admin.call("GET", f"/{realm}/client-scopes")}
    for mapping in (m for m in mappings if m.get("clientScope") in scopes):
        roles = [admin.call("GET", f"/{realm}/roles/{urllib.parse.quote(name)}") for name in mapping.get("roles", [])]
        admin.call("POST", f"/{realm}/client-scopes/{scopes[mapping['clientScope']]}/scope-mappings/realm", roles)


def main(base, user, password, *exports):
    admin = Admin(base, user, password)
    for path in exports:
        with open(path, encoding="utf-8") as file:
            apply(admin, json.load(file))


if __name__ == "__main__":
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    try:
        main(*sys.argv[1:])
    except urllib.error.HTTPError as e:
        sys.exit(f"Keycloak refused {e.url}: {e.code} {e.read().decode()[:500]}")
