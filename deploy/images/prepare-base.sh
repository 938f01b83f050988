#!/usr/bin/env bash
# Lays out the operating-system part of the portal and admin-ui images in deploy/images/target/base, for Jib to add
# on top of the empty `scratch` image (docs/decisions/013-images-and-configuration.md):
#   /opt/java     a Java runtime made with jlink from the JDK that builds the project (JAVA_HOME, else find-jdk.sh)
#   /lib, /lib64  glibc from Debian's libc6 package (apt-get download: Debian's mirror is reachable, Docker Hub is not)
#   /opt/giamsat/healthcheck  a tiny HTTP probe for compose healthchecks (the image has no shell or curl)
#   /etc          passwd/group with the app user 10001, nsswitch.conf; /tmp for Tomcat's work files
# Run by Maven in the `image` profile of both apps; idempotent: a stamp of the inputs skips a second run.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/target/base"
work="$here/target/work"

if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/jlink" ]; then
  . "$here/../find-jdk.sh"
  find_jdk prepare-base
  JAVA_HOME="$GIAMSAT_JDK"
fi

# One module list for both apps, so the runtime layer is the same in both images. java.se is every java.* module
# (Spring, POI and PDFBox use java.desktop, java.sql, java.naming, java.management ...); the jdk.* ones are what
# Spring Boot, Tomcat, Hikari and the PostgreSQL driver reach for, jdk.localedata for Vietnamese number and date
# formats, jdk.crypto.* for TLS to Keycloak and PostgreSQL, jdk.jcmd/attach for thread dumps in a running pod.
modules="java.se,jdk.unsupported,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.localedata,jdk.charsets,jdk.management,jdk.management.jfr,jdk.jfr,jdk.naming.dns,jdk.net,jdk.zipfs,jdk.security.auth,jdk.security.jgss,jdk.attach,jdk.jcmd,jdk.httpserver"
debian_packages="libc6"

jdk_release="$(sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"/\1/p' "$JAVA_HOME/release")"
stamp="jdk=$jdk_release modules=$modules packages=$debian_packages script=$(cat "$0" "$here/healthcheck/HealthCheck.java" | sha256sum | cut -c1-16)"
if [ -f "$out/etc/giamsat-image-base" ] && grep -qxF "inputs: $stamp" "$out/etc/giamsat-image-base"; then
  echo "prepare-base: $out is up to date ($jdk_release)."
  exit 0
fi

rm -rf "$out" "$work"
mkdir -p "$out" "$work/debs" "$work/root"

echo "prepare-base: jlink $jdk_release ($modules)"
"$JAVA_HOME/bin/jlink" --add-modules "$modules" --output "$out/opt/java" \
  --strip-debug --no-header-files --no-man-pages --compress zip-6 --include-locales=vi,en

echo "prepare-base: Debian packages $debian_packages"
download() { (cd "$work/debs" && apt-get download "$@" >/dev/null 2>&1); }
if ! download $debian_packages; then
  # A fresh machine may have no package lists yet; apt-get update needs root (CI and developers here are root).
  apt-get update -qq >/dev/null
  download $debian_packages || { echo "prepare-base: apt-get download $debian_packages failed." >&2; exit 1; }
fi
versions=""
for deb in "$work/debs"/*.deb; do
  dpkg-deb -x "$deb" "$work/root"
  versions="$versions $(dpkg-deb -f "$deb" Package)=$(dpkg-deb -f "$deb" Version)"
done

# Only what the JVM links against (ldd of the runtime: libc, libm, libdl, libpthread, librt and the loader;
# since glibc 2.34 the files and dns name services are inside libc itself, so no libnss_* is needed).
# Copied as files, not symlinks: Jib would resolve a symlink against the build machine's own root.
lib=lib/x86_64-linux-gnu
mkdir -p "$out/$lib" "$out/lib64" "$out/usr/share/doc/libc6"
for f in ld-linux-x86-64.so.2 libc.so.6 libm.so.6 libdl.so.2 libpthread.so.0 librt.so.1; do
  src="$work/root/$lib/$f"
  [ -e "$src" ] || src="$work/root/usr/$lib/$f"
  cp -L "$src" "$out/$lib/$f"
done
cp "$out/$lib/ld-linux-x86-64.so.2" "$out/lib64/ld-linux-x86-64.so.2"
cp "$work/root/usr/share/doc/libc6/copyright" "$out/usr/share/doc/libc6/copyright"

mkdir -p "$out/etc" "$out/tmp" "$out/opt/giamsat/healthcheck"
"$JAVA_HOME/bin/javac" --release 25 -d "$out/opt/giamsat/healthcheck" "$here/healthcheck/HealthCheck.java"
# Numeric user and group 10001 (not root); Kubernetes' runAsNonRoot checks the number, Java wants a home.
printf 'root:x:0:0:root:/root:/sbin/nologin\ngiamsat:x:10001:10001:giamsat:/tmp:/sbin/nologin\n' > "$out/etc/passwd"
printf 'root:x:0:\ngiamsat:x:10001:\n' > "$out/etc/group"
printf 'passwd: files\ngroup: files\nhosts: files dns\n' > "$out/etc/nsswitch.conf"
printf '127.0.0.1 localhost\n::1 localhost\n' > "$out/etc/hosts"
{
  echo "Giám sát TTHC image base, made by deploy/images/prepare-base.sh"
  echo "java: $jdk_release (jlink from $JAVA_HOME)"
  echo "debian:$versions"
  echo "inputs: $stamp"
} > "$out/etc/giamsat-image-base"

rm -rf "$work"
echo "prepare-base: $(du -sh "$out" | cut -f1) in $out"
