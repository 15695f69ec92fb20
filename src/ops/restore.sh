#!/usr/bin/env bash
# Restores a backup made by backup.sh: checks the backup's SHA-256 manifest, recreates the database from the dump,
# replaces the uploaded files and checks every file's SHA-256. Stop the application first; start it after.
#
#   src/ops/restore.sh <backup-dir>
#
# Environment: the same as backup.sh (CTG_DB_HOST, CTG_DB_PORT, CTG_DB_NAME, CTG_DB_USER, CTG_DB_PASSWORD,
# CTG_FILES_DIR, CTG_MARIADB_BIN for the directory holding the mariadb client).
set -euo pipefail
in=${1:?usage: restore.sh <backup-dir>}
in=$(cd "$in" && pwd)
bin=${CTG_MARIADB_BIN:+$CTG_MARIADB_BIN/}
files=${CTG_FILES_DIR:-data/files}
db=${CTG_DB_NAME:-ctg}
if [ -n "${CTG_DB_PASSWORD:-}" ]; then export MYSQL_PWD="$CTG_DB_PASSWORD"; fi
client=("${bin}mariadb" -h "${CTG_DB_HOST:-127.0.0.1}" -P "${CTG_DB_PORT:-3306}" -u "${CTG_DB_USER:-root}")

(cd "$in" && sha256sum --check --quiet backup.sha256)
"${client[@]}" -e "DROP DATABASE IF EXISTS \`$db\`; CREATE DATABASE \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
"${client[@]}" --default-character-set=utf8mb4 "$db" < "$in/database.sql"

mkdir -p "$files"
find "$files" -mindepth 1 -delete
tar -C "$files" -xf "$in/files.tar"
(cd "$files" && sha256sum --check --quiet "$in/files.sha256")
echo "restored $db and $(wc -l < "$in/files.sha256") files from $in"
