/*
 * The plugin's entry point (package.json "main"): the compiled plugin in
 * dist/, or, when it was never built, a message that says what to run.
 * Nx shows the message of an error thrown here after the plugin's name.
 * Plain CommonJS: it must run before anything is built.
 */
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const built = join(__dirname, 'dist', 'index.js');
if (!existsSync(built)) {
  throw new Error('the plugin is not built (tools/dist/index.js is missing): run npm run build:plugin');
}
module.exports = require(built);
