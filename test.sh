#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs what the tests need, builds, runs every test
# project and prints one summary line "Tests: N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")"

# Installs the Debian packages that are missing; CI and fresh machines run this as root.
ensure_packages() {
  local missing=()
  for package in "$@"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" != "0" ]; then
      echo "The tests need these Debian packages: ${missing[*]}; install them as root." >&2
      exit 1
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

# The status page tests drive the system Chromium through Playwright; nothing is downloaded at run time.
ensure_packages chromium

dotnet build Orleans.AsyncHop.sln -warnaserror -nologo -v quiet

# The cluster tests need PostgreSQL: a throwaway server, created with the schema by init-db and removed
# on exit. Without it (not root and PostgreSQL missing) they are skipped, or fail in CI.
if [ -z "${ASYNCHOP_TEST_POSTGRES:-}" ]; then
  if [ "$(id -u)" = "0" ] || dpkg -s postgresql >/dev/null 2>&1; then
    ensure_packages postgresql
    source Tests/postgres.sh
    trap stop_test_postgres EXIT
    start_test_postgres
    dotnet Silo/bin/Debug/net10.0/Orleans.AsyncHop.Silo.dll init-db >/dev/null \
      --connection-string "$ASYNCHOP_TEST_POSTGRES"
  else
    echo "PostgreSQL is not installed: the cluster tests are skipped (run as root to install it)." >&2
  fi
fi

results=$(mktemp -d)
status=0
dotnet test Orleans.AsyncHop.sln --no-build --nologo --logger "trx" --results-directory "$results" || status=$?

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(echo "$counters" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p')
  f=$(echo "$counters" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')
  t=$(echo "$counters" | sed -n 's/.* total="\([0-9]*\)".*/\1/p')
  e=$(echo "$counters" | sed -n 's/.* executed="\([0-9]*\)".*/\1/p')
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${t:-0} - ${e:-0}))
done
rm -rf "$results"

echo "Tests: $passed passed, $failed failed, $skipped skipped"
if [ "$passed" -eq 0 ]; then
  echo "No test ran." >&2
  exit 1
fi
exit $status
