#!/usr/bin/env python3
"""Applies realm exports to realms that already exist, keeping what was created at runtime.

Keycloak's --import-realm skips an existing realm, and re-creating the database (as the single-node dev stack does)
would lose users, sessions and everything the API stored about them. Partial import with OVERWRITE is no better: it
deletes and re-creates clients, groups and roles (Keycloak 26.5), which ends the clients' sessions and drops runtime
users' memberships and role grants; it does not handle client scopes at all. So, through the admin REST API: realm
settings (PUT, only the fields the export has); roles, client scopes, clients and groups updated in place by name (PUT,
keeping their ids) or created, with their protocol mappers and the export's role mappings added; users of the export
by partial import with SKIP (a new demo user is added, one that exists keeps its password, sessions and groups, and is
added to the export's groups it is missing); then
the client profiles and policies. Users created at runtime are not in the export and are never touched.

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
    base = "/" + realm
    admin.call("PUT", base, {k: v for k, v in export.items() if k not in NOT_ATTRIBUTES})
    for role in export.get("roles", {}).get("realm", []):
        upsert(admin, base + "/roles", {r["name"]: r["name"] for r in admin.call("GET", base + "/roles")},
               role["name"], role, key=lambda r: urllib.parse.quote(r["name"]))
    scopes = {scope["name"]: scope["id"] for scope in admin.call("GET", base + "/client-scopes")}
    for scope in export.get("clientScopes", []):
        scope_id = upsert(admin, base + "/client-scopes", scopes, scope["name"], scope)
        sync_mappers(admin, f"{base}/client-scopes/{scope_id}", scope)
    clients = {client["clientId"]: client["id"] for client in admin.call("GET", base + "/clients")}
    for client in export.get("clients", []):
        client_id = upsert(admin, base + "/clients", clients, client["clientId"], client)
        sync_mappers(admin, f"{base}/clients/{client_id}", client)
    groups = {group["path"]: group["id"] for group in admin.call("GET", base + "/groups?briefRepresentation=false")}
    for group in export.get("groups", []):
        group_id = upsert(admin, base + "/groups", groups, group.get("path", "/" + group["name"]), group)
        roles = [admin.call("GET", f"{base}/roles/{urllib.parse.quote(name)}") for name in group.get("realmRoles", [])]
        if roles:
            admin.call("POST", f"{base}/groups/{group_id}/role-mappings/realm", roles)
    restore_scope_mappings(admin, realm, export.get("scopeMappings", []))
    added = admin.call("POST", base + "/partialImport", {"ifResourceExists": "SKIP", "users": export.get("users", [])})
    add_export_memberships(admin, base, export.get("users", []))
    if "clientProfiles" in export:
        admin.call("PUT", base + "/client-policies/profiles", export["clientProfiles"])
    if "clientPolicies" in export:
        admin.call("PUT", base + "/client-policies/policies", export["clientPolicies"])
    print(f"realm {realm}: settings, roles, client scopes, clients, groups and client policies updated in place; "
          f"{added['added']} users added, {added['skipped']} kept as they are")


def add_export_memberships(admin, base, users):
    """A demo user that exists keeps everything, and is (again) in the groups the export names for it."""
    groups = {group["path"]: group["id"] for group in admin.call("GET", base + "/groups?briefRepresentation=false")}
    for user in users:
        found = admin.call("GET", f"{base}/users?exact=true&username={urllib.parse.quote(user['username'])}")
        for path in (p for p in user.get("groups", []) if found and p in groups):
            admin.call("PUT", f"{base}/users/{found[0]['id']}/groups/{groups[path]}")


def upsert(admin, collection, existing, name, representation, key=None):
    """Updates what exists in place (its id, and so its sessions, memberships and grants, stay); creates the rest."""
    if name in existing:
        path = collection + "/" + (key(representation) if key else existing[name])
        admin.call("PUT", path, {**representation, "id": existing[name]} if not key else representation)
        return existing[name]
    admin.call("POST", collection, representation)
    created = {item.get("clientId") or item.get("name"): item["id"] for item in admin.call("GET", collection)}
    return created.get(name.lstrip("/"), created.get(name))


def sync_mappers(admin, owner, representation):
    """Protocol mappers of a client or client scope: updated by name, added when new; others are left alone."""
    existing = {m["name"]: m["id"] for m in admin.call("GET", owner + "/protocol-mappers/models")}
    for mapper in representation.get("protocolMappers", []):
        if mapper["name"] in existing:
            admin.call("PUT", f"{owner}/protocol-mappers/models/{existing[mapper['name']]}",
                       {**mapper, "id": existing[mapper["name"]]})
        else:
            admin.call("POST", owner + "/protocol-mappers/models", mapper)


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
