/*
 * The plugin's entry point (package.json "main"): the compiled plugin in
 * dist/, or a message that says what to run when npm's link to tools/
 * (node_modules/@ukraft/nx) is missing or broken, or when the plugin was
 * never built. Nx shows the message of an error thrown here after the
 * plugin's name. Nx finds this file without the link too: nx.json names
 * the plugin by this path; by its package name Nx would say only "Could
 * not load plugin @ukraft/nx". (No root tsconfig: Nx would load TypeScript,
 * half a second, on every command just to read its customConditions.)
 * Plain CommonJS: it must run before anything is built.
 */
'use strict';
const { existsSync } = require('node:fs');
const { dirname, join } = require('node:path');

// The bundle of the package node_modules/@ukraft/nx leads to, as Nx loads the executors: in a
// workspace whose node_modules is another's (the tests' scratch copies), that one's tools/.
let pkg;
try {
  pkg = require.resolve('@ukraft/nx/package.json', { paths: [join(__dirname, '..')] });
} catch {
  throw new Error("node_modules/@ukraft/nx (npm's link to tools/) is missing or a broken link: run npm ci");
}
const built = join(dirname(pkg), 'dist', 'index.js');
if (!existsSync(built)) {
  throw new Error('the plugin is not built (tools/dist/index.js is missing): run npm run build:plugin');
}
module.exports = require(built);
