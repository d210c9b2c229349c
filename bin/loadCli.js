"use strict";
/**
 * The command line's bundle (dist-cli/cli/dvcq.js, made by `npm run build:cli`), compiled from the
 * V8 code cache the build made beside it: V8 then neither parses nor compiles what the cache
 * holds. A cache of another Node, another bundle or another set of V8 flags is refused by V8 itself,
 * and the bundle compiled as usual.
 */
const fs = require("node:fs");
const Module = require("node:module");
const path = require("node:path");
const vm = require("node:vm");

const BUNDLE = path.join(__dirname, "..", "dist-cli", "cli", "dvcq.js");
const CACHE = `${BUNDLE}.cache`;

/**
 * The bundle run as a CommonJS module: its exports, the script (whose createCachedData() makes the
 * cache once it has run), and whether the cache was taken. Null when the bundle is not built.
 */
function loadCli({ withoutCache = false } = {}) {
  let source;
  try {
    source = fs.readFileSync(BUNDLE, "utf8");
  } catch {
    return null;
  }
  let cachedData;
  if (!withoutCache) {
    try {
      cachedData = fs.readFileSync(CACHE);
    } catch {
      cachedData = undefined;
    }
  }
  const script = new vm.Script(Module.wrap(source), { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(
    module.exports,
    Module.createRequire(BUNDLE),
    module,
    BUNDLE,
    path.dirname(BUNDLE),
  );
  return { cli: module.exports, script, cacheUsed: cachedData !== undefined && !script.cachedDataRejected };
}

module.exports = { loadCli, CACHE };
