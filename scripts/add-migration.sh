#!/usr/bin/env bash
# Adds a migration named $1 for every database provider, each in its own project
# (src/Kyzmat.Recruitment.Migrations.<Provider>; see docs/decisions/0001-…). Until a release, squash instead:
# delete the projects' Migrations folders and run this with Initial.
# Usage: scripts/add-migration.sh AddApplications
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh MigrationName}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite PostgreSql SqlServer; do
  project="src/Kyzmat.Recruitment.Migrations.$provider"
  dotnet build "$project" -v q -nologo >/dev/null
  dotnet ef migrations add "$name" --no-build \
    --project "$project" --startup-project "$project" \
    --context "${provider}KyzmatDbContext" \
    --output-dir Migrations
done
