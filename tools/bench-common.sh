# Shared by the benchmarks that run a main class of tools/datagen on their own PostgreSQL (bench-import.sh,
# bench-national.sh, bench-calendar-edit.sh). Sourced from the project root, under set -euo pipefail.
# It brings find_jdk (deploy/find-jdk.sh) and:
# bench_classpath WHO WORK: builds tools/datagen and what it needs (package, no tests), then copies its classes and
# runtime jars into WORK/lib (WORK is emptied first) and sets CP to those copies.
. deploy/find-jdk.sh

bench_classpath() {
  local who="$1" work="$2" cp_file entry copy
  cp_file="$PWD/tools/datagen/target/$who-classpath.txt"
  ./mvnw -q -B -ntp -pl tools/datagen -am -DskipTests package dependency:build-classpath \
    -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=runtime
  rm -rf "$work"; mkdir -p "$work/lib"
  # A private copy of the classes and jars: a build of the same modules during the run cannot change them under it.
  cp -r tools/datagen/target/classes "$work/lib/datagen-classes"
  CP="$work/lib/datagen-classes"
  for entry in $(tr ':' ' ' < "$cp_file"); do
    copy="$work/lib/$(echo "$entry" | md5sum | cut -c1-8)-$(basename "$entry")"
    cp -r "$entry" "$copy"
    CP="$CP:$copy"
  done
}
