#!/usr/bin/env node
"use strict";
const { loadCli } = require("./loadCli");

const loaded = loadCli({ command: process.argv[2] });
if (loaded === null) {
  process.stderr.write(
    "DVCQ: chưa biên dịch dòng lệnh; chạy `npm ci` (hoặc `npm run build:cli`) trong thư mục dự án.\n" +
      "DVCQ: the command line is not built; run `npm ci` (or `npm run build:cli`) in the project folder.\n",
  );
  process.exit(2);
}
const { main, removeLiveTemporariesSync } = loaded.cli;

// Interrupted (Ctrl+C, a closed window, a service stopping): the outputs not yet renamed into place
// are removed, and every previous output stays as it was.
for (const [signal, code] of [
  ["SIGINT", 130],
  ["SIGTERM", 143],
  ["SIGHUP", 129],
]) {
  process.on(signal, () => {
    removeLiveTemporariesSync();
    process.exit(code);
  });
}

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
