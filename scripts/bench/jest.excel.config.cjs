// Runs scripts/bench/excelWire.bench.ts (TypeScript, through ts-jest) for scripts/bench/excel.mjs.
const path = require("node:path");
const base = require("../../jest.config.js");

module.exports = {
  ...base,
  rootDir: path.resolve(__dirname, "../.."),
  roots: ["<rootDir>/scripts/bench"],
  testMatch: ["**/excelWire.bench.ts"],
  testTimeout: 900000,
};
