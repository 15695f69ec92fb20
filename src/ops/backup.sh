#!/usr/bin/env bash
# Backs up the CTG portal: a consistent dump of the database (mariadb-dump --single-transaction, the application
# may keep running) then the uploaded files, with SHA-256 manifests. Database first, files second: a file uploaded
# in between is only an orphan, which the application's sweep removes; no database row lacks its file.
#
#   src/ops/backup.sh <backup-dir>
#
# Environment (defaults in brackets): CTG_DB_HOST [127.0.0.1] CTG_DB_PORT [3306] CTG_DB_NAME [ctg]
# CTG_DB_USER [root] CTG_DB_PASSWORD [] CTG_FILES_DIR [data/files]
# CTG_MARIADB_BIN [directory holding mariadb-dump; default: the PATH's]
set -euo pipefail
out=${1:?usage: backup.sh <backup-dir>}
mkdir -p "$out"
out=$(cd "$out" && pwd)
bin=${CTG_MARIADB_BIN:+$CTG_MARIADB_BIN/}
files=${CTG_FILES_DIR:-data/files}
if [ -n "${CTG_DB_PASSWORD:-}" ]; then export MYSQL_PWD="$CTG_DB_PASSWORD"; fi

"${bin}mariadb-dump" -h "${CTG_DB_HOST:-127.0.0.1}" -P "${CTG_DB_PORT:-3306}" -u "${CTG_DB_USER:-root}" \
  --single-transaction --routines --triggers --hex-blob --default-character-set=utf8mb4 \
  "${CTG_DB_NAME:-ctg}" > "$out/database.sql"

mkdir -p "$files"
tar -C "$files" -cf "$out/files.tar" .
(cd "$files" && find . -type f -print0 | sort -z | xargs -0 -r sha256sum) > "$out/files.sha256"
(cd "$out" && sha256sum database.sql files.tar files.sha256 > backup.sha256)
echo "backup written to $out: database.sql ($(wc -c < "$out/database.sql") bytes)," \
  "$(wc -l < "$out/files.sha256") files"
