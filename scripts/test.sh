#!/usr/bin/env bash
# Every test of the project, as CI runs them. Installs the system tools the tests need when missing
# (LibreOffice, xmllint, openpyxl, poppler, Chromium) and the npm packages when node_modules is absent.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-system-deps.sh
[ -d node_modules ] || npm ci
mkdir -p .tmp
started=$(date +%s)

echo "== build: command line, and the pane and page as deployed (once, for every test that needs them)"
npm run --silent build:cli
export DVCQ_TEST_BASE_URL="https://dvcq.example.gov.vn/addin/"
export DVCQ_TEST_DIST="$PWD/.tmp/dist-test"
DVCQ_BASE_URL="$DVCQ_TEST_BASE_URL" npx webpack --mode production --output-path "$DVCQ_TEST_DIST" >/dev/null
echo "== typecheck"
npm run --silent typecheck
echo "== lint"
npm run --silent lint
echo "== tests"
status=0
# Two workers: many suites wait on a child (the CLI, LibreOffice, Chromium) while the other core works.
npx jest --ci --maxWorkers=2 --json --outputFile=.tmp/jest-results.json || status=$?
# The closing line in the plain form CI tools read: "N passed, N failed".
node -e 'const r = require("./.tmp/jest-results.json"); console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed`)'
# The whole command's time, for `npm run bench` to report (test.seconds).
echo "{\"seconds\": $(($(date +%s) - started)), \"commit\": \"$(git rev-parse --short HEAD 2>/dev/null || echo unknown)\", \"status\": $status}" > .tmp/test-time.json
exit "$status"
