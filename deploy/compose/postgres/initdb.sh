#!/bin/sh
# Run once by the postgres image, at the first start on an empty data volume (docker-entrypoint-initdb.d), as the
# superuser POSTGRES_USER: makes the database roles of decision 021 with the passwords from .env. The apps never
# connect as the superuser: the migration job logs in as giamsat_migrator, the admin UI as giamsat_app, the portal
# as giamsat_portal. giamsat-roles.sql is a copy of adapters/persistence/src/main/resources/db/giamsat-roles.sql
# (deploy/manifests checks that they are equal). To change a password later, run the same script again by hand.
set -eu
psql -X -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
    -v migrator_password="$GIAMSAT_MIGRATION_DB_PASSWORD" \
    -v app_password="$GIAMSAT_DB_PASSWORD" \
    -v portal_password="$GIAMSAT_PORTAL_DB_PASSWORD" \
    -f /opt/giamsat/giamsat-roles.sql
