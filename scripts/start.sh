#!/usr/bin/env bash
# Builds EuraFlow and starts it. With no EF_* configuration it runs on embedded PostgreSQL (data kept in
# ./data), in-process stand-ins for Redis and the embedded OZON sandbox with demo shops.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/java-home.sh
mvn -B -q -ntp install -DskipTests
exec java ${EF_JAVA_OPTS:-} -jar app/target/euraflow-app-0.1.0-SNAPSHOT.jar "$@"
