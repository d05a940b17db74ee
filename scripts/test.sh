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
npx vitest run --config test/vitest.config.mts --reporter=default --reporter=json --outputFile="$out/e2e.json"
e2e=$?
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
' "$out/unit.json" "$out/e2e.json"
# Where the time went: the slowest end-to-end files (to keep the suite well under 40 minutes).
node -e '
  try {
    const r = require(process.argv[1]);
    const t = r.testResults.map((f) => [(f.endTime - f.startTime) / 1000, f.name.replace(/.*\/test\//, "test/")]);
    const total = t.reduce((a, [s]) => a + s, 0);
    t.sort((a, b) => b[0] - a[0]);
    console.log(`test: end-to-end files took ${Math.round(total)} s; the slowest: ` +
      t.slice(0, 8).map(([s, n]) => `${n} ${Math.round(s)} s`).join(", "));
  } catch {}
' "$out/e2e.json"
rm -rf "$out"
[ $types -eq 0 ] || echo "test: type errors (see above)"
[ $format -eq 0 ] || echo "test: format check failed (see above; npm run format fixes it)"
[ $layers -eq 0 ] || echo "test: layer check failed (see above; the order is LAYERS in tools/scripts/layers.ts)"
[ $eslint -eq 0 ] || echo "test: eslint found problems (see above; npx eslint --fix tools/src tools/scripts test mends some)"
[ $types -eq 0 ] && [ $format -eq 0 ] && [ $layers -eq 0 ] && [ $eslint -eq 0 ] && [ $unit -eq 0 ] && [ $e2e -eq 0 ]
