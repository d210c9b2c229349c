// Runs scripts/bench/firstRender.bench.ts (TypeScript, through ts-jest) for scripts/bench/browser.mjs.
const path = require("node:path");
const base = require("../../jest.config.js");

module.exports = {
  ...base,
  rootDir: path.resolve(__dirname, "../.."),
  roots: ["<rootDir>/scripts/bench"],
  testMatch: ["**/firstRender.bench.ts"],
  testTimeout: 600000,
};
