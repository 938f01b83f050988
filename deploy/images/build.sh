#!/usr/bin/env bash
# Builds the two images as tar files, with no Docker engine and no registry (deploy/images/README.md):
#   portal/target/jib-image.tar    giamsat/portal:<version>
#   admin-ui/target/jib-image.tar  giamsat/admin-ui:<version>
# The Maven profile `image` first lays out the image base (prepare-base.sh: jlink runtime from the build JDK,
# glibc from Debian's libc6 package, user 10001), then Jib adds each app on top of `scratch`. Needs Maven Central
# and a Debian mirror (apt-get download; apt-get update when the package lists are missing). Extra arguments go to
# Maven, e.g. -o.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
./mvnw -B -ntp -Pimage -Djib.disableUpdateChecks=true -pl portal,admin-ui -am package -DskipTests "$@"
for app in portal admin-ui; do
  tar="$app/target/jib-image.tar"
  echo "build.sh: $tar $(du -m "$tar" | cut -f1) MB ($(tar -xOf "$tar" manifest.json | sed 's/.*"RepoTags":\["\([^"]*\)".*/\1/'))"
done
