"use strict";
/**
 * The command line's bundle (dist-cli/cli/dvcq.js, made by `npm run build:cli`), compiled from the
 * V8 code cache the build made beside it: V8 then neither parses nor compiles what the cache
 * holds. V8 itself tells a cache from another bundle only by the length of its text, and trusts
 * its bytes: so the cache names the Node it was made for, the digest of the bundle's text and that
 * of its own bytes, and is used only when all three match (a bundle rebuilt without its cache, a copy damaged
 * on its way, another Node). A cache refused, or one V8 refuses (some V8 flags, such as
 * --max-old-space-size, do), leaves the bundle compiled as usual.
 */
const fs = require("node:fs");
const Module = require("node:module");
const path = require("node:path");
const vm = require("node:vm");
const zlib = require("node:zlib");

const BUNDLE = path.join(__dirname, "..", "dist-cli", "cli", "dvcq.js");
const MAGIC = "DVCQ code cache 1";

/**
 * A cache for each command, made by running it alone: V8 brings to life everything a cache holds,
 * so that one made by every command would cost each some megabytes of code it never runs.
 * "start" for the rest (--version, --help, an argument before the command).
 */
const COMMANDS = ["check", "rollup", "template", "demo"];
function cacheOf(command) {
  return `${BUNDLE}.${COMMANDS.includes(command) ? command : "start"}.cache`;
}

/**
 * The digest of the bundle's text and of a cache's bytes: zlib's CRC-32, zlib being loaded by every
 * command anyway (crypto would cost 2 MB of memory); crypto's SHA-256 on a Node without it.
 */
const digest =
  typeof zlib.crc32 === "function"
    ? (data) => zlib.crc32(data).toString(16)
    : (data) => require("node:crypto").createHash("sha256").update(data).digest("hex");

/** The cache file's header line: what it is for (this Node, this bundle) and the digest of what follows. */
function header(source, data) {
  return `${MAGIC} ${process.version} ${digest(source)} ${digest(data)}\n`;
}

/** The cache file for `data`, the code cache V8 made of `source`. */
function cacheFile(source, data) {
  return Buffer.concat([Buffer.from(header(source, data), "latin1"), data]);
}

/** The code cache in a cache file, when it is for this Node and this bundle and whole; else undefined. */
function cacheIn(file, source) {
  const end = file.indexOf(0x0a);
  if (end < 0) return undefined;
  const data = file.subarray(end + 1);
  return file.subarray(0, end + 1).toString("latin1") === header(source, data) ? data : undefined;
}

/**
 * The bundle run as a CommonJS module, from the cache made for `command`: its exports and whether
 * a cache was taken; `withoutCache`, also its text and script (whose createCachedData() makes the
 * cache once the command has run). Null when the bundle is not built.
 */
function loadCli({ command, withoutCache = false } = {}) {
  let source;
  try {
    source = fs.readFileSync(BUNDLE, "utf8");
  } catch {
    return null;
  }
  let cachedData;
  if (!withoutCache) {
    try {
      cachedData = cacheIn(fs.readFileSync(cacheOf(command)), source);
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
  const cli = module.exports;
  if (withoutCache) return { cli, source, script, cacheUsed: false };
  return { cli, cacheUsed: cachedData !== undefined && !script.cachedDataRejected };
}

module.exports = { loadCli, cacheFile, cacheOf, COMMANDS };
