#!/usr/bin/env bash
# Starts the throwaway PostgreSQL server the PostgreSQL test suite runs against, installing
# Debian's PostgreSQL first if it is missing. Idempotent and quick: when the server already runs,
# it only prints its URL.
#
#   bash scripts/ensure-postgres.sh        # prints postgres://postgres@127.0.0.1:55432/postgres
#
# The cluster lives in $VISAVIS_PG_DIR (default /tmp/visavis-postgres) and listens on loopback
# only, port $VISAVIS_PG_PORT (default 55432), with trust authentication and fsync off: it holds
# test databases and nothing else. Stop it with: pg_ctl -D /tmp/visavis-postgres stop
set -euo pipefail
DIR="${VISAVIS_PG_DIR:-/tmp/visavis-postgres}"
PORT="${VISAVIS_PG_PORT:-55432}"
URL="postgres://postgres@127.0.0.1:${PORT}/postgres"

SUDO=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi

find_bin() {
  # Nothing printed (and no failure, under pipefail) when PostgreSQL is not installed.
  { ls -d /usr/lib/postgresql/*/bin 2>/dev/null || true; } | sort -V | tail -n 1
}

BIN="$(find_bin)"
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  if [ "$(id -u)" -ne 0 ] && [ -z "$SUDO" ]; then
    echo "ensure-postgres: PostgreSQL is not installed and we are not root; install it with: apt-get install -y postgresql" >&2
    exit 1
  fi
  echo "ensure-postgres: installing Debian's PostgreSQL (under a minute)…" >&2
  $SUDO apt-get update -qq
  # No default cluster: the tests make their own.
  $SUDO mkdir -p /etc/postgresql-common
  echo "create_main_cluster = false" | $SUDO tee /etc/postgresql-common/createcluster.conf >/dev/null
  # (keep the createcluster.conf written above when the package brings its own)
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold postgresql >/dev/null
  BIN="$(find_bin)"
fi

# As root, PostgreSQL refuses to run: its commands run as the postgres user.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if as_owner "$BIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
  echo "$URL"
  exit 0
fi

if [ ! -f "$DIR/PG_VERSION" ]; then
  rm -rf "$DIR"
  mkdir -p "$DIR"
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$DIR"; fi
  chmod 700 "$DIR"
  as_owner "$BIN/initdb" -D "$DIR" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi

as_owner "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w -t 30 start \
  -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null
echo "$URL"
