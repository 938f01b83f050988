#!/usr/bin/env bash
# Runs every test of Giám sát TTHC on this machine, installing first what the tests need and the machine lacks:
# Debian's Chromium and ChromeDriver (browser tests), the Liberation fonts (page layout checks), LibreOffice Writer
# (report checks) and the PostgreSQL 15 client (pg_dump/pg_restore for the backup test).
# JDK 25 must be under /usr/lib/jvm; PostgreSQL 17 and Keycloak come from Maven Central through the build.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
# Arial's metrics (Liberation Sans): the browser tests check that no header is cut, and the screenshots in docs/images
# were taken with it; with only DejaVu Sans (wider) a header of the users page is cut at tablet width. Version 2
# (fonts-liberation2), not 1: version 1 lacks Vietnamese letters such as "ị", and LibreOffice's PDF of the report then
# splits them from their words (the reporting test sees "Th nhị" for "Thịnh").
[ -n "$(fc-list 'Liberation Sans' 2>/dev/null)" ] || need+=(fonts-liberation2)
[ -x /usr/lib/postgresql/15/bin/pg_dump ] || need+=(postgresql-client-15)   # backup test (docs/backup.md)
if [ "${#need[@]}" -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "test.sh: missing ${need[*]}; run as root or: sudo apt-get install -y ${need[*]}" >&2
    exit 1
  fi
  echo "test.sh: đang cài / installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

cd "$root"
exec ./mvnw -B -ntp verify "$@"
