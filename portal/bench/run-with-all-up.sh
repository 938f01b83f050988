#!/usr/bin/env bash
# The portal benchmark as users run the portal: the whole local system up on this machine (what
# deploy/run-local.sh starts: PostgreSQL, Keycloak, the admin UI with the demo data and the national unit lists,
# the portal), then wrk against the running portal's unit page, procedure search and comparison page, each
# against nginx serving the same bytes (RunningPortalBenchmark). Not part of the test run.
# Needs: apt-get install -y wrk nginx.
# Usage: portal/bench/run-with-all-up.sh [--no-build]
#   BENCH_DURATION=15s BENCH_CONNECTIONS=64   as portal/bench/run.sh
#   BENCH_PROFILE=1     also records a JFR file of the portal during the measured runs (portal/target/bench/all-up)
#   BENCH_PORT_BASE=18000   ports used: +80 portal, +81 admin UI, +180 Keycloak, +3025 SMTP, PostgreSQL 37439+...
#                       (away from run-local.sh's defaults, so a local run already up is not disturbed)
# Results: printed, and written to portal/target/bench/all-up/results.txt. The system is stopped afterwards.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
for tool in wrk nginx; do
  command -v "$tool" >/dev/null || { echo "The benchmark needs $tool: apt-get install -y wrk nginx" >&2; exit 1; }
done
. "$root/deploy/find-jdk.sh"
find_jdk run-with-all-up.sh

if [ "${1:-}" != "--no-build" ]; then
  echo "Building / đang build: ./mvnw -q -B -DskipTests package"
  ./mvnw -q -B -DskipTests package
fi

base="${BENCH_PORT_BASE:-18000}"
out="$root/portal/target/bench/all-up"
mkdir -p "$out"
export GIAMSAT_LOCAL_DIR="${BENCH_LOCAL_DIR:-$out/local}"
export GIAMSAT_PORTAL_PORT=$((base + 80)) GIAMSAT_ADMIN_PORT=$((base + 81)) GIAMSAT_KEYCLOAK_PORT=$((base + 180))
export GIAMSAT_LOCAL_SMTP_PORT=$((base + 3025)) GIAMSAT_PG_PORT=$((base + 37439))

# The launcher in a session of its own: stopped (it stops the apps, then PostgreSQL) whatever way this script ends.
setsid bash deploy/run-local.sh --no-build >"$out/system.out" 2>&1 &
launcher=$!
stop_system() {
  if kill -0 "$launcher" 2>/dev/null; then
    echo "Stopping the system / dừng hệ thống (launcher pid $launcher)"
    kill -TERM "$launcher" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$launcher" 2>/dev/null || break; sleep 1; done
  fi
}
trap stop_system EXIT

echo "Starting the whole system (log: $out/system.out)..."
started=$(date +%s)
until grep -q "is running" "$out/system.out"; do
  if ! kill -0 "$launcher" 2>/dev/null; then
    echo "The system did not start:" >&2; cat "$out/system.out" >&2; exit 1
  fi
  if [ $(( $(date +%s) - started )) -gt "${BENCH_STARTUP_TIMEOUT:-900}" ]; then
    echo "The system was not up after ${BENCH_STARTUP_TIMEOUT:-900} s" >&2; exit 1
  fi
  sleep 2
done
echo "System up after $(( $(date +%s) - started )) s"
portal_pid=$(awk '$3 == "portal" { print $1 }' "$GIAMSAT_LOCAL_DIR/run/children.pids")
[ -n "$portal_pid" ] || { echo "No portal pid in $GIAMSAT_LOCAL_DIR/run/children.pids" >&2; exit 1; }

# What the other apps do while the portal is measured: their CPU time before and after (from /proc).
tree() { local c; echo "$1"; for c in $(pgrep -P "$1" 2>/dev/null || true); do tree "$c"; done; }
cpu_of() { # pid -> utime+stime of the process and all its descendants, in clock ticks (1/100 s)
  local total=0 p
  for p in $(tree "$1"); do
    [ -r "/proc/$p/stat" ] && total=$(( total + $(sed 's/.*) //' "/proc/$p/stat" | awk '{ print $12 + $13 }') ))
  done
  echo "$total"
}
declare -A pids before
for name in keycloak admin-ui portal; do
  pids[$name]=$(awk -v n="$name" '$3 == n { print $1 }' "$GIAMSAT_LOCAL_DIR/run/children.pids")
done
pids[postgres]=$(head -1 "$GIAMSAT_LOCAL_DIR/pgdata/postmaster.pid")
for name in "${!pids[@]}"; do before[$name]=$(cpu_of "${pids[$name]}"); done

if [ "${BENCH_PROFILE:-}" = 1 ]; then
  "$GIAMSAT_JDK/bin/jcmd" "$portal_pid" JFR.start name=bench settings=profile \
    filename="$out/portal.jfr" >/dev/null
fi
started_at=$(date +%s)
./mvnw -q -B -ntp -pl portal -am test -Dtest=RunningPortalBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Djacoco.skip=true -Dbench.portal-url="http://127.0.0.1:$GIAMSAT_PORTAL_PORT" -Dbench.portal-pid="$portal_pid" \
  -Dbench.dir="$out" -Dbench.duration="${BENCH_DURATION:-15s}" -Dbench.connections="${BENCH_CONNECTIONS:-64}" \
  -Dbench.description="portal of the whole local system (deploy/run-local.sh: PostgreSQL, Keycloak, admin UI, portal), pid $portal_pid"
if [ "${BENCH_PROFILE:-}" = 1 ]; then
  "$GIAMSAT_JDK/bin/jcmd" "$portal_pid" JFR.stop name=bench >/dev/null
  echo "JFR recording of the portal: $out/portal.jfr"
fi
seconds=$(( $(date +%s) - started_at ))
{
  echo "CPU used by each app during the benchmark's ${seconds} s (warm-up and measured runs), in s:"
  for name in keycloak admin-ui postgres portal; do
    printf '  %-9s %6.1f s\n' "$name" "$(echo "($(cpu_of "${pids[$name]}") - ${before[$name]}) / 100" | bc -l)"
  done
} | tee -a "$out/results.txt"
