# Finds the JDK that the project builds and runs on. Sourced by ../mvnw (before the official Maven Wrapper runs) and
# deploy/run-local.sh (bash, set -eu).
# find_jdk WHO sets GIAMSAT_JDK to JAVA_HOME if that is a JDK 21+, else to the newest JDK 21+ under
# /usr/lib/jvm; with none, it says so (messages prefixed "WHO:") and exits 1.

java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n1; }

find_jdk() {
  local who="$1" pick="" best=0 d v
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
    pick="$JAVA_HOME"
  else
    for d in /usr/lib/jvm/*/; do
      d="${d%/}"
      [ -x "$d/bin/javac" ] || continue
      v=$(java_major "$d"); [ -n "$v" ] || continue
      if [ "$v" -ge 21 ] 2>/dev/null && [ "$v" -gt "$best" ]; then best=$v; pick="$d"; fi
    done
  fi
  if [ -z "$pick" ]; then
    echo "$who: no JDK 21 or newer found (looked at JAVA_HOME and /usr/lib/jvm/*)." >&2
    echo "$who: install one, e.g. Temurin 25, or set JAVA_HOME to it. The project is built for Java 25." >&2
    exit 1
  fi
  GIAMSAT_JDK="$pick"
}
