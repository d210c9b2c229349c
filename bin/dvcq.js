#!/usr/bin/env node
"use strict";
const path = require("node:path");
const fs = require("node:fs");

const entry = path.join(__dirname, "..", "dist-cli", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write(
    "DVCQ: chưa biên dịch dòng lệnh; chạy `npm ci` (hoặc `npm run build:cli`) trong thư mục dự án.\n" +
      "DVCQ: the command line is not built; run `npm ci` (or `npm run build:cli`) in the project folder.\n",
  );
  process.exit(2);
}
const { main } = require(entry);
main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text + "\n"),
  stderr: (text) => process.stderr.write(text + "\n"),
  cwd: process.cwd(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(
      `DVCQ: lỗi không lường trước / unexpected error: ${error && error.stack ? error.stack : error}\n`,
    );
    process.exitCode = 2;
  },
);
