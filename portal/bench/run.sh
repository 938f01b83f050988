#!/usr/bin/env bash
# One command: the portal's unit page and procedure search against nginx serving the same bytes, with wrk on
# loopback at 64 connections. Not part of the test run. Needs: apt-get install -y wrk nginx.
# Results: printed, and written to portal/target/bench/results.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in wrk nginx; do
  command -v "$tool" >/dev/null || { echo "The benchmark needs $tool: apt-get install -y wrk nginx" >&2; exit 1; }
done
./mvnw -q -B -ntp -pl portal -am test -Dtest=PortalBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.duration="${BENCH_DURATION:-15s}" -Dbench.connections="${BENCH_CONNECTIONS:-64}" \
  -Dbench.threads="${BENCH_TOMCAT_THREADS:-}" -Dbench.nginx-headers="${BENCH_NGINX_HEADERS:-same}" -Dbench.encoding="${BENCH_ENCODING:-both}"
cat portal/target/bench/results.txt
