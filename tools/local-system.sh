# Sourced by the benchmarks that need the whole local system up (portal/bench/run-with-all-up.sh,
# tools/bench-admin-sessions.sh): starts what deploy/run-local.sh starts (PostgreSQL, Keycloak, the admin UI with the
# demo data and the national unit lists, the portal) on ports away from run-local.sh's defaults, waits until it is up,
# and stops it when the calling script ends, however it ends.
#   start_local_system OUT_DIR     (the launcher's output in OUT_DIR/system.out, its local dir OUT_DIR/local)
#   child_pid NAME                 pid of keycloak | admin-ui | portal; postgres: the postmaster
# Settings: BENCH_PORT_BASE (18000: portal +80, admin UI +81, Keycloak +180, SMTP +3025, PostgreSQL +37439),
# BENCH_CHILD_JAVA_OPTS (JVM options of both apps), BENCH_STARTUP_TIMEOUT (900 s).

start_local_system() {
  local out="$1" base="${BENCH_PORT_BASE:-18000}" started
  mkdir -p "$out"
  export GIAMSAT_LOCAL_DIR="$out/local"
  export GIAMSAT_PORTAL_PORT=$((base + 80)) GIAMSAT_ADMIN_PORT=$((base + 81)) GIAMSAT_KEYCLOAK_PORT=$((base + 180))
  export GIAMSAT_LOCAL_SMTP_PORT=$((base + 3025)) GIAMSAT_PG_PORT=$((base + 37439))
  export GIAMSAT_CHILD_JAVA_OPTS="${BENCH_CHILD_JAVA_OPTS:-}"
  # The launcher in a session of its own; it stops the apps, then PostgreSQL, on SIGTERM.
  setsid bash "$root/deploy/run-local.sh" --no-build >"$out/system.out" 2>&1 &
  LOCAL_SYSTEM_LAUNCHER=$!
  trap stop_local_system EXIT
  echo "Starting the whole system (log: $out/system.out)..."
  started=$(date +%s)
  until grep -q "is running" "$out/system.out"; do
    if ! kill -0 "$LOCAL_SYSTEM_LAUNCHER" 2>/dev/null; then
      echo "The system did not start:" >&2; cat "$out/system.out" >&2; exit 1
    fi
    if [ $(( $(date +%s) - started )) -gt "${BENCH_STARTUP_TIMEOUT:-900}" ]; then
      echo "The system was not up after ${BENCH_STARTUP_TIMEOUT:-900} s" >&2; exit 1
    fi
    sleep 2
  done
  echo "System up after $(( $(date +%s) - started )) s"
}

stop_local_system() {
  if [ -n "${LOCAL_SYSTEM_LAUNCHER:-}" ] && kill -0 "$LOCAL_SYSTEM_LAUNCHER" 2>/dev/null; then
    echo "Stopping the system (launcher pid $LOCAL_SYSTEM_LAUNCHER)"
    kill -TERM "$LOCAL_SYSTEM_LAUNCHER" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$LOCAL_SYSTEM_LAUNCHER" 2>/dev/null || break; sleep 1; done
  fi
}

child_pid() {
  if [ "$1" = postgres ]; then
    head -1 "$GIAMSAT_LOCAL_DIR/pgdata/postmaster.pid"
  else
    awk -v n="$1" '$3 == n { print $1 }' "$GIAMSAT_LOCAL_DIR/run/children.pids"
  fi
}

# CPU time (utime + stime, clock ticks of 1/100 s) of a process and all its descendants, from /proc.
process_tree() { local c; echo "$1"; for c in $(pgrep -P "$1" 2>/dev/null || true); do process_tree "$c"; done; }
cpu_ticks() {
  local total=0 p
  for p in $(process_tree "$1"); do
    [ -r "/proc/$p/stat" ] && total=$(( total + $(sed 's/.*) //' "/proc/$p/stat" | awk '{ print $12 + $13 }') ))
  done
  echo "$total"
}
