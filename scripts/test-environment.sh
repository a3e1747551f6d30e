#!/usr/bin/env bash
# Before `npm test`: the tests need Debian's Chromium (end-to-end and accessibility tests, the PDF report),
# pdftotext (reading that PDF) and PostgreSQL on 127.0.0.1:5432 with a database `test` (store tests). Installs them
# from Debian when this machine can (root and apt-get); otherwise stops at once with one line naming what is missing.
set -euo pipefail

chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
db_url=${TEST_DATABASE_URL:-postgres://127.0.0.1:5432/test}
missing=()
[ -x "$chromium" ] || missing+=("chromium")
command -v pdftotext > /dev/null || missing+=("poppler-utils")
pg_ready() { command -v pg_isready > /dev/null && pg_isready -q -d "$db_url" 2>/dev/null; }
pg_ready || missing+=("postgresql")
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" != 0 ] || ! command -v apt-get > /dev/null; then
  echo "npm test needs: ${missing[*]} (Debian packages; as root: apt-get install ${missing[*]//postgresql/postgresql})" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
for m in "${missing[@]}"; do
  case $m in
    chromium) echo "== installing Debian's chromium"; apt-get install -y -qq chromium fonts-liberation > /dev/null ;;
    poppler-utils) echo "== installing Debian's poppler-utils"; apt-get install -y -qq poppler-utils > /dev/null ;;
    postgresql)
      command -v pg_ctlcluster > /dev/null || { echo "== installing Debian's postgresql"; apt-get install -y -qq postgresql > /dev/null; }
      version=$(ls /etc/postgresql | sort -n | tail -1)
      conf=/etc/postgresql/$version/main
      grep -q "adoption-scorecard" "$conf/pg_hba.conf" ||
        sed -i '1i host all all 127.0.0.1/32 trust # adoption-scorecard tests' "$conf/pg_hba.conf"
      pg_ctlcluster --skip-systemctl-redirect "$version" main start || pg_ctlcluster --skip-systemctl-redirect "$version" main reload || true
      for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
      su postgres -c "psql -h 127.0.0.1 -tc \"select 1 from pg_database where datname = 'test'\" | grep -q 1 || createdb -h 127.0.0.1 test"
      ;;
  esac
done
still=()
[ -x "$chromium" ] || still+=("chromium")
command -v pdftotext > /dev/null || still+=("poppler-utils")
pg_ready || still+=("postgresql on 127.0.0.1:5432 with a database test")
if [ ${#still[@]} -gt 0 ]; then echo "npm test needs: ${still[*]}" >&2; exit 1; fi
