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

// A reader that stops early (`dvcq check … | head`, a closed window): what is left to say to it is
// dropped, and the command still finishes what it writes to files. Output that cannot be written
// otherwise (`dvcq check --json > F` on a full disk) is incomplete: the command finishes too, then
// says so and ends with 2, not with a check's own code.
const closed = new Set();
const failures = [];
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    closed.add(stream);
    if (!error || error.code !== "EPIPE") failures.push(error);
  });
}
process.on("exit", () => {
  if (failures.length === 0) return;
  process.exitCode = 2;
  if (closed.has(process.stderr)) return;
  const why = failures.map((e) => (e && e.code) || String(e)).join(", ");
  require("node:fs").writeSync(
    2,
    `DVCQ: không ghi được hết kết quả ra đầu ra (${why}): phần in ra bị thiếu.\n` +
      `DVCQ: could not write all of the output (${why}): what was printed is incomplete.\n`,
  );
});
const say = (stream) => (text) => {
  if (!closed.has(stream)) stream.write(text + "\n");
};

main(process.argv.slice(2), {
  stdout: say(process.stdout),
  stderr: say(process.stderr),
  cwd: process.cwd(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    say(process.stderr)(
      `DVCQ: lỗi không lường trước / unexpected error: ${error && error.stack ? error.stack : error}`,
    );
    process.exitCode = 2;
  },
);
