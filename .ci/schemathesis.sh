#!/usr/bin/env bash
# CI: schemathesis (PyPI) against a live `koppel serve` on loopback, over the committed OpenAPI
# document: at least 1,000 generated requests, and none may answer 5xx or outside the document
# (status, content type, body schema). Needs the debug build (`swift build --build-tests`).
set -euo pipefail
cd "$(dirname "$0")/.."

koppel=.build/debug/koppel
work=$(mktemp -d)
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

if ! python3 -m venv "$work/venv" >/dev/null 2>&1; then
  echo "ci: installing python3-venv"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq python3-venv python3-pip
  python3 -m venv "$work/venv"
fi
"$work/venv/bin/pip" install -q --disable-pip-version-check "schemathesis==4.32.5"

"$koppel" demo --db "$work/api.db" --today 2026-11-25 > /dev/null
"$koppel" users add ci-regio --name "CI regionaal" --role regional --no-password --db "$work/api.db"
token=$("$koppel" users token ci-regio --days 1 --db "$work/api.db" 2>/dev/null)

port=$((20000 + RANDOM % 20000))
"$koppel" serve --db "$work/api.db" --port "$port" --insecure-cookie 2> "$work/serve.log" &
server=$!
for _ in $(seq 1 200); do
  curl -fs "http://127.0.0.1:$port/api/v1/openapi.json" > /dev/null 2>&1 && break
  sleep 0.1
done

# 40 examples for each of the document's operations (about 30): over 1,000 requests, counted
# below from the run's HAR report.
status=0
"$work/venv/bin/st" run "http://127.0.0.1:$port/api/v1/openapi.json" \
  --header "Authorization: Bearer $token" \
  --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance \
  --max-examples 40 --workers 2 --phases examples,coverage,fuzzing --seed 14 \
  --report har --report-dir "$work/report" --max-time 240 \
  --suppress-health-check all || status=$?

requests=$(python3 -c 'import json,glob,sys; print(sum(len(json.load(open(f))["log"]["entries"]) for f in glob.glob(sys.argv[1] + "/*.har")))' "$work/report")
echo "ci: schemathesis sent $requests requests"
if [ "$status" -ne 0 ]; then
  echo "ci: schemathesis found answers outside the API document (exit $status)"; tail -20 "$work/serve.log"; exit 1
fi
if [ "$requests" -lt 1000 ]; then echo "ci: schemathesis sent fewer than 1,000 requests"; exit 1; fi
echo "ci: schemathesis: ok"
