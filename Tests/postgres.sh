#!/usr/bin/env bash
# Starts and stops the throwaway PostgreSQL server the cluster tests use. Source it, then call
# start_test_postgres (exports ASYNCHOP_TEST_POSTGRES) and stop_test_postgres. The server runs as a
# non-root user from a temporary folder, listens on 127.0.0.1 only, on a free port, with its socket in
# that folder, and is removed when stopped.

test_postgres_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
  return 1
}

# Runs a command as the server's owner: the postgres user when called as root, else the caller.
as_test_postgres_owner() {
  if [ "$(id -u)" = "0" ]; then
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

free_test_postgres_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  return 1
}

start_test_postgres() {
  local bin password
  bin=$(test_postgres_bin) || { echo "PostgreSQL's initdb was not found." >&2; return 1; }
  TEST_POSTGRES_DIR=$(mktemp -d /tmp/asynchop-postgres.XXXXXX)
  TEST_POSTGRES_PORT=$(free_test_postgres_port) || { echo "No free port for PostgreSQL." >&2; return 1; }
  password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
  printf '%s\n' "$password" > "$TEST_POSTGRES_DIR/pwfile"
  [ "$(id -u)" = "0" ] && chown -R postgres: "$TEST_POSTGRES_DIR"
  chmod 700 "$TEST_POSTGRES_DIR"

  as_test_postgres_owner "$bin/initdb" -D "$TEST_POSTGRES_DIR/data" -U asynchop --pwfile="$TEST_POSTGRES_DIR/pwfile" \
    --auth=scram-sha-256 -E UTF8 --no-locale >"$TEST_POSTGRES_DIR/initdb.log" 2>&1 \
    || { cat "$TEST_POSTGRES_DIR/initdb.log" >&2; return 1; }
  as_test_postgres_owner "$bin/pg_ctl" -D "$TEST_POSTGRES_DIR/data" -l "$TEST_POSTGRES_DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $TEST_POSTGRES_PORT -c unix_socket_directories=$TEST_POSTGRES_DIR -c max_connections=300 -c fsync=off" \
    start >/dev/null || { cat "$TEST_POSTGRES_DIR/server.log" >&2; return 1; }
  TEST_POSTGRES_BIN=$bin

  PGPASSWORD=$password "$bin/createdb" -h 127.0.0.1 -p "$TEST_POSTGRES_PORT" -U asynchop asynchop_tests
  export ASYNCHOP_TEST_POSTGRES="Host=127.0.0.1;Port=$TEST_POSTGRES_PORT;Database=asynchop_tests;Username=asynchop;Password=$password"
}

stop_test_postgres() {
  if [ -n "${TEST_POSTGRES_DIR:-}" ] && [ -d "$TEST_POSTGRES_DIR/data" ]; then
    as_test_postgres_owner "$TEST_POSTGRES_BIN/pg_ctl" -D "$TEST_POSTGRES_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  [ -n "${TEST_POSTGRES_DIR:-}" ] && rm -rf "$TEST_POSTGRES_DIR"
  TEST_POSTGRES_DIR=
}
