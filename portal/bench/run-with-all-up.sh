#!/usr/bin/env bash
# The portal benchmark as users run the portal: the whole local system up on this machine (what
# deploy/run-local.sh starts: PostgreSQL, Keycloak, the admin UI with the demo data and the national unit lists,
# the portal), then wrk against the running portal's unit page, procedure search and comparison page, each
# against nginx serving the same bytes (RunningPortalBenchmark). Not part of the test run.
# Needs: apt-get install -y wrk nginx.
# Usage: portal/bench/run-with-all-up.sh [--no-build]
#   BENCH_DURATION=15s BENCH_CONNECTIONS=64   as portal/bench/run.sh
#   BENCH_NGINX_HEADERS=none   nginx without the headers the portal sends (default: the same headers)
#   BENCH_ENCODING=identity|gzip   measure each page only whole, or only gzipped as browsers ask (default: both)
#   BENCH_AUTOGROUP=keep   leave the kernel's per-session scheduling groups on during the run (default: off while
#                       measuring, when /proc/sys/kernel/sched_autogroup_enabled is writable, then restored; decision 057)
#   BENCH_PROFILE=1     also records a JFR file of the portal during the measured runs (portal/target/bench/all-up)
#   BENCH_PORT_BASE=18000   ports: portal +80, admin UI +81, Keycloak +180, SMTP +3025, PostgreSQL +37439
#                       (away from run-local.sh's defaults, so a local run already up is not disturbed)
#   BENCH_CHILD_JAVA_OPTS   JVM options of the admin UI and the portal (e.g. -Xmx512m); none by default
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

out="$root/portal/target/bench/all-up"
. "$root/tools/local-system.sh"
start_local_system "$out"
portal_pid=$(child_pid portal)
[ -n "$portal_pid" ] || { echo "No portal pid in $GIAMSAT_LOCAL_DIR/run/children.pids" >&2; exit 1; }

# The launcher starts each app in a session of its own, and the kernel schedules each session as one group
# (autogroup): the portal then competes as a group against wrk, which runs on the same two cores, while nginx runs
# in wrk's group. A thread-pool server (the portal) pays for that in preemptions, an event loop (nginx) does not
# (measured: 33-35 against 39-52 us of CPU per comparison page, the same jar, decision 057). Clients are not on the
# server in production, so by default both servers meet wrk in the same way: autogroup off while measuring.
autogroup=/proc/sys/kernel/sched_autogroup_enabled
autogroup_was=$(cat "$autogroup" 2>/dev/null || echo unknown)
restore_autogroup() {
  if [ "$autogroup_was" = 1 ] && [ "$(cat "$autogroup")" = 0 ]; then echo 1 > "$autogroup"; fi
}
trap 'restore_autogroup; stop_local_system' EXIT
if [ "${BENCH_AUTOGROUP:-off}" = off ] && [ "$autogroup_was" = 1 ]; then
  if ! { echo 0 > "$autogroup"; } 2>/dev/null; then
    echo "Cannot turn autogroup off ($autogroup not writable): measured with it on" >&2
  fi
fi
autogroup_now=$(cat "$autogroup" 2>/dev/null || echo unknown)

# What each app spends while the portal is measured (the others idle, or not): CPU before and after, from /proc.
declare -A pids before
for name in keycloak admin-ui postgres portal; do
  pids[$name]=$(child_pid "$name")
  before[$name]=$(cpu_ticks "${pids[$name]}")
done

if [ "${BENCH_PROFILE:-}" = 1 ]; then
  "$GIAMSAT_JDK/bin/jcmd" "$portal_pid" JFR.start name=bench settings=profile \
    filename="$out/portal.jfr" >/dev/null
fi
started_at=$(date +%s)
./mvnw -q -B -ntp -pl portal -am test -Dtest=RunningPortalBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Djacoco.skip=true -Dbench.portal-url="http://127.0.0.1:$GIAMSAT_PORTAL_PORT" -Dbench.portal-pid="$portal_pid" \
  -Dbench.dir="$out" -Dbench.nginx-headers="${BENCH_NGINX_HEADERS:-same}" -Dbench.encoding="${BENCH_ENCODING:-both}" -Dbench.duration="${BENCH_DURATION:-15s}" -Dbench.connections="${BENCH_CONNECTIONS:-64}" \
  -Dbench.description="portal of the whole local system (deploy/run-local.sh: PostgreSQL, Keycloak, admin UI, portal), pid $portal_pid; kernel.sched_autogroup_enabled=$autogroup_now while measuring (was $autogroup_was)"
if [ "${BENCH_PROFILE:-}" = 1 ]; then
  "$GIAMSAT_JDK/bin/jcmd" "$portal_pid" JFR.stop name=bench >/dev/null
  echo "JFR recording of the portal: $out/portal.jfr"
fi
seconds=$(( $(date +%s) - started_at ))
{
  echo "CPU used by each app during the benchmark's ${seconds} s (warm-up and measured runs), in s:"
  for name in keycloak admin-ui postgres portal; do
    printf '  %-9s %6.1f s\n' "$name" "$(echo "($(cpu_ticks "${pids[$name]}") - ${before[$name]}) / 100" | bc -l)"
  done
} | tee -a "$out/results.txt"
