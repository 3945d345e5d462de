#!/usr/bin/env bash
# Adds a migration named $1 for every database provider (see docs/decisions/0001-…).
# Usage: scripts/add-migration.sh AddApplications
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh MigrationName}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet build src/Kyzmat.Recruitment -v q -nologo >/dev/null
for provider in Sqlite PostgreSql SqlServer; do
  dotnet ef migrations add "$name" --no-build \
    --project src/Kyzmat.Recruitment --startup-project src/Kyzmat.Recruitment \
    --context "${provider}KyzmatDbContext" \
    --output-dir "Persistence/Migrations/$provider"
done
