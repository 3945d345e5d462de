#!/usr/bin/env bash
# Squashes each provider's migrations into one Initial (before a release; decision 0001) and carries over the
# hand-written steps: PostgreSQL's and SQLite's Initial end with their project's HandWrittenSteps.AfterInitial.
# Usage: scripts/squash-migrations.sh
set -euo pipefail
cd "$(dirname "$0")/.."
for provider in Sqlite PostgreSql SqlServer; do
  rm -rf "src/Kyzmat.Recruitment.Migrations.$provider/Migrations"
done
bash scripts/add-migration.sh Initial
for provider in PostgreSql Sqlite; do
initial=$(ls src/Kyzmat.Recruitment.Migrations.$provider/Migrations/*_Initial.cs)
python3 - "$initial" <<'PY'
import sys
path = sys.argv[1]
text = open(path, encoding='utf-8-sig').read()
down = text.index('protected override void Down')
end_of_up = text.rindex('        }', 0, down)
call = '\n            HandWrittenSteps.AfterInitial(migrationBuilder);\n'
open(path, 'w', encoding='utf-8-sig').write(text[:end_of_up].rstrip() + '\n' + call + text[end_of_up:])
PY
done
echo "Squashed; PostgreSQL's and SQLite's Initial call HandWrittenSteps.AfterInitial."
