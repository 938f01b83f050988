#!/usr/bin/env bash
# National-volume benchmark of docs/performance.md ("## National volumes (issue 20)"), in one command:
#   bash tools/bench-national.sh                                   # a 10,000,000-dossier national year, measured at 1 M, 3 M, 10 M
#   TOTAL=100000000 STEPS=1000000,3000000,10000000 bash tools/bench-national.sh   # exports sized as a 100 M year, stop at 10 M
#   TOTAL=200000 STEPS=100000,200000 bash tools/bench-national.sh  # a quick trial
# TOTAL is the national year (34 provinces, 3,321 communes, data/units/don-vi-tu-2025-07-01.csv), split into 408
# exports (province × month) imported month by month; at each step of STEPS (dossiers stored) it times the figures
# screens' queries, a calendar edit, the bytes per dossier and the import's rows/s and ratio to plain COPY; it stops
# after the last step. Own embedded PostgreSQL 17 in tools/datagen/target/bench-national (deleted at the end); it
# refuses to start when the disk there has less free space than MIN_FREE_GB (default: what the last step needs,
# ~400 bytes a dossier with WAL and the export files, plus 2 GB). Not part of ./mvnw verify.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. tools/bench-common.sh
find_jdk bench-national
STEPS=${STEPS:-1000000,3000000,10000000}
LAST=$(echo "$STEPS" | tr ',' '\n' | sort -n | tail -1)
TOTAL=${TOTAL:-$LAST}
HEAP=${HEAP:-512m}
COPY_EVERY=${COPY_EVERY:-10}
if [ "$TOTAL" -lt "$LAST" ]; then
  echo "bench-national: TOTAL ($TOTAL) is smaller than the last step ($LAST)." >&2
  exit 2
fi
NEED_GB=${MIN_FREE_GB:-$(( LAST * 400 / 1000000000 + 2 ))}
mkdir -p tools/datagen/target
FREE_GB=$(df -P -k tools/datagen/target | awk 'NR==2 {print int($4 / 1024 / 1024)}')
if [ "$FREE_GB" -lt "$NEED_GB" ]; then
  echo "bench-national: $FREE_GB GB free under tools/datagen/target, $NEED_GB GB needed for $LAST dossiers (MIN_FREE_GB)." >&2
  exit 2
fi
WORK="$PWD/tools/datagen/target/bench-national"
trap 'rm -rf "$WORK"' EXIT
bench_classpath bench-national "$WORK"
OUT="$PWD/tools/datagen/target/bench-national.txt"
# Each import's phases (read + copy, duplicates and other exports, merge), one line per export, as PgDossierImport logs them.
PHASES="$PWD/tools/datagen/target/bench-national-phases.txt"
: > "$PHASES"
{
  echo "# $(date -u +%FT%TZ) $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB RAM; commit $(git rev-parse --short HEAD); $FREE_GB GB free; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  "$GIAMSAT_JDK/bin/java" -Xmx"$HEAP" ${JAVA_OPTS:-} -Dliquibase.analytics.enabled=false \
    -cp "$CP" vn.giamsat.tools.datagen.NationalBenchmark --total "$TOTAL" --steps "$STEPS" --copy-every "$COPY_EVERY" \
    --units "$PWD/data/units/don-vi-tu-2025-07-01.csv" --work "$WORK" 2>&1 \
    | awk -v phases="$PHASES" '/^[A-Z][a-z][a-z] [0-9]+, [0-9][0-9][0-9][0-9] /{keep = /PgDossierImport/; next}
        /^INFO:/{if (keep) {print > phases; fflush(phases)}; next} {print; fflush()}' \
    | grep --line-buffered -v -E '^(SLF4J|[0-9:. ]+\[)'
  echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT"
echo "(saved in $OUT; each import's phases in $PHASES)"
