#!/usr/bin/env bash
# Calendar-edit benchmark of docs/performance.md ("### Calendar edits", decision 015), in one command:
#   bash tools/bench-calendar-edit.sh                       # 1,000,000 dossiers stored
#   TOTAL=10000000 bash tools/bench-calendar-edit.sh        # 10,000,000 dossiers (ten imports of 1,000,000)
# Starts its own embedded PostgreSQL 17 in tools/datagen/target/bench-edit (deleted at the end), imports generated
# files, times edits of the holiday calendar through the use case without and with an index on the due date, and the
# import with and without that index. Not part of ./mvnw verify.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. tools/bench-common.sh
find_jdk bench-calendar-edit
ROWS=${ROWS:-1000000}
TOTAL=${TOTAL:-1000000}
HEAP=${HEAP:-256m}
WORK="$PWD/tools/datagen/target/bench-edit"
bench_classpath bench-calendar-edit "$WORK"
OUT="$PWD/tools/datagen/target/bench-calendar-edit.txt"
{
  echo "# $(date -u +%FT%TZ) $(nproc) cores; commit $(git rev-parse --short HEAD); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  "$GIAMSAT_JDK/bin/java" -Xmx"$HEAP" ${JAVA_OPTS:-} -Dliquibase.analytics.enabled=false \
    -cp "$CP" vn.giamsat.tools.datagen.CalendarEditBenchmark --rows "$ROWS" --total "$TOTAL" --work "$WORK" 2>&1 \
    | grep --line-buffered -v -E '^(SLF4J|[0-9:. ]+\[|[A-Z][a-z][a-z] [0-9]+, [0-9]{4} |INFO:)'
  echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT"
rm -rf "$WORK"
echo "(saved in $OUT)"
