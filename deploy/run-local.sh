#!/usr/bin/env bash
# Builds Giám sát TTHC and runs the whole system on this machine with demo data: embedded PostgreSQL,
# admin UI (http://127.0.0.1:8081/admin/) and portal (http://127.0.0.1:8080/). Ctrl-C stops everything.
# Usage: deploy/run-local.sh [--no-build] [--help]   (settings and their variables: deploy/README.md)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/deploy/find-jdk.sh"
find_jdk run-local.sh

build=1
if [ "${1:-}" = "--no-build" ]; then build=0; shift; fi
if [ "${1:-}" = "--help" ] || [ "${1:-}" = "-h" ]; then build=0; fi
if [ "$build" = 1 ]; then
  echo "Đang build / building: ./mvnw -q -B -DskipTests package"
  (cd "$root" && ./mvnw -q -B -DskipTests package)
fi

target="$root/deploy/launcher/target"
if [ ! -f "$target/giamsat-launcher-0.1.0-SNAPSHOT.jar" ]; then
  echo "run-local.sh: chưa build trình khởi chạy / launcher not built: run deploy/run-local.sh without --no-build." >&2
  exit 1
fi
# exec: the launcher takes this process's place, so Ctrl-C and SIGTERM reach it and it stops the rest.
exec "$GIAMSAT_JDK/bin/java" -cp "$target/giamsat-launcher-0.1.0-SNAPSHOT.jar:$target/lib/*" \
  -Dgiamsat.repo-root="$root" vn.giamsat.launcher.LocalLauncher "$@"
