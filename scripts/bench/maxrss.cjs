// Preloaded (`node -r`) into a benchmarked child: writes its peak resident memory in KB (worker
// threads included) to the file DVCQ_BENCH_RSS names, when the process exits.
"use strict";
const { writeFileSync } = require("node:fs");

const file = process.env.DVCQ_BENCH_RSS;
if (file) process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
