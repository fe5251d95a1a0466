#!/usr/bin/env bash
# Runs every test of every module against real PostgreSQL (the local server on 127.0.0.1:5432 when it
# answers, otherwise an embedded one) and, where configured, Redis. Extra arguments go to Maven.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/java-home.sh
exec mvn -B -ntp verify "$@"
