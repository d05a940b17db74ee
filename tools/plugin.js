/*
 * The plugin's entry point (package.json "main"): the compiled plugin in
 * dist/, or a message that says what to run when npm's link to tools/
 * (node_modules/@ukraft/nx) is missing or broken, or when the plugin was
 * never built. Nx shows the message of an error thrown here after the
 * plugin's name. Nx finds this file without the link too: the path of
 * @ukraft/nx in tsconfig.base.json points here (Nx's local-plugin lookup);
 * otherwise Nx would say only "Could not load plugin @ukraft/nx".
 * Plain CommonJS: it must run before anything is built.
 */
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

try {
  require.resolve('@ukraft/nx/package.json', { paths: [join(__dirname, '..')] });
} catch {
  throw new Error("node_modules/@ukraft/nx (npm's link to tools/) is missing or a broken link: run npm ci");
}
const built = join(__dirname, 'dist', 'index.js');
if (!existsSync(built)) {
  throw new Error('the plugin is not built (tools/dist/index.js is missing): run npm run build:plugin');
}
module.exports = require(built);
