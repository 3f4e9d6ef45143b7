#!/usr/bin/env node
"use strict";
// The CLI is bundled from src/cli by `npm run build:cli` (run by npm ci / npm install via "prepare").
// Node 22.1+ keeps the compiled bundle on disk between runs (a tenth of a second of every run); older Node has no such cache.
require("node:module").enableCompileCache?.();
// An ES module, split into chunks that load at their first use (scripts/build-cli.mjs).
import("../dist/kam.mjs");
