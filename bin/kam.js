#!/usr/bin/env node
"use strict";
// The CLI is bundled from src/cli by `npm run build:cli` (run by npm ci / npm install via "prepare").
require("../dist/kam.js");
