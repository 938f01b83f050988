#!/usr/bin/env bash
# The admin UI's memory per signed-in Vaadin session (issue 20, item 5), in one command:
#   bash tools/bench-admin-sessions.sh [--no-build]
# Starts the whole local system (tools/local-system.sh: what deploy/run-local.sh starts, on ports of its own) with
# the admin UI on a 2 GiB heap, then opens sessions step by step (tools/admin-sessions/admin_sessions.py: plain HTTP
# clients that sign in through Keycloak's login form and open a round's page through Vaadin's init and UIDL requests)
# and after each step reads the admin UI's used heap after a full GC (jcmd GC.run + GC.heap_info) and its live
# VaadinSession/UI objects (GC.class_histogram). Prints the bytes per session and how many sessions 2 GiB holds.
#   STEPS=0,25,50,100,200   sessions open at each measurement     USERS=quantri  demo users signing in, in turn
#   PARALLEL=1              sessions opened at a time                    HEAP=2g  the admin UI's -Xmx
# Results: tools/admin-sessions/target/results.txt. Not part of ./mvnw verify. Needs python3 (standard library).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
. deploy/find-jdk.sh
find_jdk bench-admin-sessions
if [ "${1:-}" != "--no-build" ]; then
  echo "Building / đang build: ./mvnw -q -B -DskipTests package"
  ./mvnw -q -B -DskipTests package
fi
out="$root/tools/admin-sessions/target"
heap="${HEAP:-2g}"
export BENCH_CHILD_JAVA_OPTS="-Xmx$heap"
. tools/local-system.sh
start_local_system "$out"
admin_pid=$(child_pid admin-ui)
echo "# $(date -u +%FT%TZ) $(nproc) cores; commit $(git rev-parse --short HEAD); admin UI -Xmx$heap;" \
  "load before: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$out/header.txt"
python3 tools/admin-sessions/admin_sessions.py --admin "http://127.0.0.1:$GIAMSAT_ADMIN_PORT" --pid "$admin_pid" \
  --jcmd "$GIAMSAT_JDK/bin/jcmd" --password "${GIAMSAT_DEMO_PASSWORD:-GiamSat-Demo-2025}" \
  --users "${USERS:-quantri}" --steps "${STEPS:-0,25,50,100,200}" \
  --parallel "${PARALLEL:-1}" --heap-mib "$(( $(echo "$heap" | tr -dc 0-9) * ( $(echo "$heap" | grep -qi g && echo 1024 || echo 1) ) ))" \
  --out "$out/steps.txt"
{ cat "$out/header.txt" "$out/steps.txt"; echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"; } > "$out/results.txt"
echo "Results: $out/results.txt"
