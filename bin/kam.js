#!/usr/bin/env node
"use strict";
// V8 doubles the young generation each time most of it survives a collection, and the analysis
// of 10,000 clients keeps most of what it makes: the young generation grew from 1 to 16 MB of
// memory touched for the first time, which costs more than the collections it saves (a fresh
// page about 12 us on the VMs measured). Kept at its first size: a 1M-row run 50 ms faster, a
// 10M-row run the same (docs/large-files.md). V8 reads this flag each time it would grow.
require("node:v8").setFlagsFromString("--semi-space-growth-factor=1");
// The CLI is bundled from src/cli by `npm run build:cli` (run by npm ci / npm install via "prepare").
// Node 22.1+ keeps the compiled bundle on disk between runs (a tenth of a second of every run); older Node has no such cache.
require("node:module").enableCompileCache?.();
// An ES module, split into chunks that load at their first use (scripts/build-cli.mjs).
import("../dist/kam.mjs");
