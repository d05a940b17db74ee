#!/usr/bin/env bash
# The test suite: plugin unit tests, then end-to-end tests that build and
# boot images and drive Nx. Ends with one "N passed, M failed" line.
set -uo pipefail
cd "$(dirname "$0")/.."
export NX_DAEMON=false NX_TUI=false
bash scripts/setup.sh || exit 1
out=$(mktemp -d)
echo "test: type-checking the plugin, manifests and tests (tsc)"
npx tsc -p tools/tsconfig.json
types=$?
echo "test: checking the format of TypeScript and C sources (scripts/format.sh --check)"
bash scripts/format.sh --check
format=$?
echo "test: checking that the plugin's folders import one way (npm run lint:layers)"
npm run -s lint:layers
layers=$?
echo "test: linting the plugin and the tests (npm run lint:eslint)"
npm run -s lint:eslint
eslint=$?
npx vitest run --root tools --reporter=default --reporter=json --outputFile="$out/unit.json"
unit=$?
# The end-to-end files in two lanes at once (test/lanes.mjs): the files that
# work only in scratch copies, and those that build and boot in this
# checkout. UKRAFT_TEST_LANES=1 runs them in one lane, one file at a time.
lane() {
  local start=$SECONDS
  UKRAFT_TEST_LANE=$1 npx vitest run --config test/vitest.config.mts --reporter=default --reporter=json \
    --outputFile="$out/e2e-$1.json"
  local rc=$?
  echo "test: the $1 lane took $((SECONDS - start)) s (exit $rc)"
  return $rc
}
if [ "${UKRAFT_TEST_LANES:-2}" = 1 ]; then
  lanes=all
  lane all
  e2e=$?
else
  lanes="scratch workspace"
  echo "test: end-to-end files in two lanes; the scratch lane's lines start with [scratch]"
  (lane scratch 2>&1 | sed -u 's/^/[scratch] /') &
  scratch=$!
  lane workspace
  e2e=$?
  wait $scratch || e2e=1
fi
results=("$out/unit.json")
for l in $lanes; do results+=("$out/e2e-$l.json"); done
node -e '
  let p = 0, f = 0, files = 0;
  for (const file of process.argv.slice(1)) {
    try {
      const r = require(file);
      p += r.numPassedTests;
      f += r.numFailedTests;
      // A test file that failed outside any test (a beforeAll, a helper that would not build).
      files += r.testResults.filter(
        (t) => t.status === "failed" && !t.assertionResults.some((a) => a.status === "failed"),
      ).length;
    } catch { f += 1; }
  }
  console.log(`${p} passed, ${f} failed` + (files ? `, ${files} test file(s) failed outside their tests` : ""));
 ' "${results[@]}"
# Where the time went: the slowest end-to-end files (to keep the suite well under 40 minutes).
node -e '
  try {
    const r = { testResults: process.argv.slice(1).flatMap((f) => require(f).testResults) };
    const t = r.testResults.map((f) => [(f.endTime - f.startTime) / 1000, f.name.replace(/.*\/test\//, "test/")]);
    const total = t.reduce((a, [s]) => a + s, 0);
    t.sort((a, b) => b[0] - a[0]);
    console.log(`test: end-to-end files took ${Math.round(total)} s in all lanes; the slowest: ` +
      t.slice(0, 8).map(([s, n]) => `${n} ${Math.round(s)} s`).join(", "));
  } catch {}
' "${results[@]:1}"
rm -rf "$out"
[ $types -eq 0 ] || echo "test: type errors (see above)"
[ $format -eq 0 ] || echo "test: format check failed (see above; npm run format fixes it)"
[ $layers -eq 0 ] || echo "test: layer check failed (see above; the order is LAYERS in tools/scripts/layers.ts)"
[ $eslint -eq 0 ] || echo "test: eslint found problems (see above; npx eslint --fix tools/src tools/scripts test mends some)"
[ $types -eq 0 ] && [ $format -eq 0 ] && [ $layers -eq 0 ] && [ $eslint -eq 0 ] && [ $unit -eq 0 ] && [ $e2e -eq 0 ]
