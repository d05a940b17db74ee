#!/usr/bin/env node
require('../dist/cache-server.js');
