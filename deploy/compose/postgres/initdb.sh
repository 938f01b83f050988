#!/bin/sh
# Run once by the postgres image, at the first start on an empty data volume (docker-entrypoint-initdb.d), as the
# superuser POSTGRES_USER: makes the database roles of decision 021 with the passwords from .env. The apps never
# connect as the superuser: the migration job logs in as giamsat_migrator, the admin UI as giamsat_app, the portal
# as giamsat_portal. giamsat-roles.sql is a copy of adapters/persistence/src/main/resources/db/giamsat-roles.sql
# (deploy/manifests checks that they are equal). To change a password later, run the same script again by hand.
set -eu
# Refuse empty or published passwords before any login is made, as the apps' ProductionGuard and Keycloak's start do
# (the values ProductionSettings.isWeak refuses; ComposeManifestTest runs this script against each of them).
refused=""
for name in POSTGRES_PASSWORD GIAMSAT_MIGRATION_DB_PASSWORD GIAMSAT_DB_PASSWORD GIAMSAT_PORTAL_DB_PASSWORD; do
    eval "value=\${$name:-}"
    value=$(printf '%s' "$value" | tr 'A-Z' 'a-z' | tr -d ' ')
    case "$value" in
        ""|change-me*|giamsat-demo-2025|giamsat_portal_local|giamsat_app_local|giamsat_migrator_local|postgres|unset|password|secret|admin|keycloak|giamsat)
            [ "$name" = POSTGRES_PASSWORD ] && name=GIAMSAT_DB_SUPERUSER_PASSWORD
            refused="$refused $name";;
    esac
done
if [ -n "$refused" ]; then
    echo "Không khởi tạo / refusing to initialise: empty or published password(s) in .env:$refused" >&2
    exit 1
fi
psql -X -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
    -v migrator_password="$GIAMSAT_MIGRATION_DB_PASSWORD" \
    -v app_password="$GIAMSAT_DB_PASSWORD" \
    -v portal_password="$GIAMSAT_PORTAL_DB_PASSWORD" \
    -f /opt/giamsat/giamsat-roles.sql
