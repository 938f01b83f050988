#!/usr/bin/env bash
# Runs `kc.sh build --db=dev-file --cache=local` once (one local node: no cluster, no JGroups) on the unpacked Keycloak home given as $1 (Maven calls it after the
# unpack). A marker file records the build options, so later builds skip the ~30 s Quarkus re-augmentation.
set -euo pipefail
home="$1"
options="--db=dev-file --cache=local"
marker="$home/.giamsat-built"
if [ -f "$marker" ] && [ "$(cat "$marker")" = "$options" ]; then
  exit 0
fi
if [ ! -x "$home/bin/kc.sh" ]; then
  echo "build-keycloak.sh: no Keycloak at $home (the Maven unpack step should have put it there)" >&2
  exit 1
fi
# Keycloak runs on Java 17+; use the JDK that runs Maven. Its Liquibase would otherwise call home.
export JAVA_OPTS_APPEND="-Dliquibase.analytics.enabled=false"
echo "Keycloak: kc.sh build $options (once)"
"$home/bin/kc.sh" build $options
echo "$options" > "$marker"
