#!/usr/bin/env bash
# PostgreSQL's entrypoint runs this once, on the first start with an empty data volume: one database and one owner
# per service, so that Keycloak and the api-service cannot read each other's tables.
set -euo pipefail

create_database() {
  local database="$1" owner="$2" password="$3"
  psql --no-psqlrc -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v database="$database" -v owner="$owner" -v password="$password" <<'SQL'
CREATE ROLE :"owner" LOGIN PASSWORD :'password';
CREATE DATABASE :"database" OWNER :"owner";
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
SQL
}

create_database "$KEYCLOAK_DB_NAME" "$KEYCLOAK_DB_USER" "$KEYCLOAK_DB_PASSWORD"
create_database "$API_DB_NAME" "$API_DB_USER" "$API_DB_PASSWORD"
