#!/usr/bin/env bash
# Import benchmark of docs/performance.md ("## Dossier import"), in one command:
#   bash tools/bench-import.sh                  # 1,000,000-row file, 10,000,000 dossiers stored
#   ROWS=200000 TOTAL=1000000 bash tools/bench-import.sh   # a quicker trial
#   ROWS=1000000 TOTAL=0 bash tools/bench-import.sh        # only the import rounds, no 10M query
# Starts its own embedded PostgreSQL 17 in tools/datagen/target/bench (deleted at the end), generates the files
# with a fixed seed, and prints the plain-COPY baseline, the import, the ratio, the year query and the peak RSS.
# Not part of ./mvnw verify. Needs GNU time (/usr/bin/time, Debian package "time").
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. tools/bench-common.sh
find_jdk bench-import
ROWS=${ROWS:-1000000}
TOTAL=${TOTAL:-10000000}
HEAP=${HEAP:-256m}
WARMUP=${WARMUP:-200000}   # rows imported first, so the measured imports run compiled code as a server would
ROUNDS=${ROUNDS:-3}        # plain COPY + import pairs, each on a fresh file of ROWS rows
if [ ! -x /usr/bin/time ]; then
  echo "bench-import: /usr/bin/time is missing (apt-get install time): it measures the peak memory." >&2
  exit 2
fi
WORK="$PWD/tools/datagen/target/bench"
bench_classpath bench-import "$WORK"
OUT="$PWD/tools/datagen/target/bench-import.txt"
{
  echo "# $(date -u +%FT%TZ) $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB RAM; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/time -v "$GIAMSAT_JDK/bin/java" -Xmx"$HEAP" ${JAVA_OPTS:-} -Dliquibase.analytics.enabled=false \
    -cp "$CP" vn.giamsat.tools.datagen.ImportBenchmark --rows "$ROWS" --total "$TOTAL" --warmup "$WARMUP" --rounds "$ROUNDS" --work "$WORK" 2>&1 \
    | awk '/^[A-Z][a-z][a-z] [0-9]+, [0-9][0-9][0-9][0-9] /{keep = /PgDossierImport/; next} /^INFO:/{if (keep) print; next} {print}' \
    | grep -v -E '^(SLF4J|[0-9:. ]+\[)' \
    | grep -E -v '^\s+(Command being|Average|Page size|Exit status|Socket|Signals|Swaps|File system|Minor|Major|Voluntary|Involuntary)'
  echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT"
rm -rf "$WORK"
echo "(saved in $OUT)"
