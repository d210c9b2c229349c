// The reader's limits (src/files/readLimits.ts) against the worst file of each kind: zip bombs,
// and a legitimate workbook made large by an appendix sheet. Each file is read and checked in a
// child process of its own, for its time and peak memory (maxRSS, Node's own ~50 MB included).
// Needs dist-cli (`npm run build:cli`). `node scripts/bench/limits.mjs` prints the table.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { constants, crc32, deflateRawSync } from "node:zlib";
import { benchRow } from "./row.mjs";

const require = createRequire(import.meta.url);
const dist = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../dist-cli");
const BUDGET = { peakMB: 300, ms: 5000 };
const MB = 1_048_576;
const SHEET_PART = "xl/worksheets/sheet1.xml";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** The clean filled template of XA-XUAN-HOA 2024 (a committed fixture): part name → text, in order. */
function templateParts() {
  const { unzipSync, strFromU8 } = require("fflate");
  const parts = unzipSync(readFileSync(path.join(dist, "../test/fixtures/template-clean.xlsx")));
  return new Map(Object.entries(parts).map(([name, data]) => [name, strFromU8(data)]));
}

/**
 * A zip of parts, each given as text or as a list of chunks (a function called once per chunk
 * index until it returns undefined), each chunk deflated on its own with a full flush: a part of
 * gigabytes is written without holding it. `declared` overrides the size the directory claims.
 */
function zip(parts) {
  const out = [];
  const central = [];
  let offset = 0;
  for (const { name, text, chunk, declared, level = 6 } of parts) {
    const pieces = [];
    let size = 0;
    let crc = 0;
    let last;
    let bytes;
    const add = (piece) => {
      // A repeated chunk (the same string) is deflated once.
      if (piece !== last) {
        bytes = Buffer.from(piece);
        pieces.push(deflateRawSync(bytes, { finishFlush: constants.Z_FULL_FLUSH, level }));
      } else pieces.push(pieces[pieces.length - 1]);
      last = piece;
      size += bytes.length;
      crc = crc32(bytes, crc);
    };
    if (text !== undefined) add(text);
    else for (let i = 0, c; (c = chunk(i)) !== undefined; i++) add(c);
    pieces.push(deflateRawSync(Buffer.alloc(0)));
    const compressed = pieces.reduce((n, p) => n + p.length, 0);
    const fileName = Buffer.from(name);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(crc >>> 0, 14);
    header.writeUInt32LE(compressed, 18);
    header.writeUInt32LE(declared ?? size, 22);
    header.writeUInt16LE(fileName.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    header.copy(entry, 6, 4, 26);
    entry.writeUInt16LE(fileName.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, fileName);
    out.push(header, fileName, ...pieces);
    offset += 30 + fileName.length + compressed;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...out, directory, end]);
}

/** The template's parts with some replaced, and extra sheets listed in the workbook. */
function workbook(template, { replace = {}, sheets = [] }) {
  const rels = sheets
    .map(
      (s, i) =>
        `<Relationship Id="rIdB${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/b${i}.xml"/>`,
    )
    .join("");
  const listed = sheets
    .map((s, i) => `<sheet sheetId="${100 + i}" name="${s.name}" r:id="rIdB${i}"/>`)
    .join("");
  const parts = [...template].map(([name, text]) => {
    if (name === "xl/workbook.xml") return { name, text: text.replace("</sheets>", `${listed}</sheets>`) };
    if (name === "xl/_rels/workbook.xml.rels")
      return { name, text: text.replace("</Relationships>", `${rels}</Relationships>`) };
    return { name, text, ...replace[name] };
  });
  return zip([...parts, ...sheets.map((s, i) => ({ ...s, name: `xl/worksheets/b${i}.xml` }))]);
}

/** `head`, then `unit` repeated to about `bytes` in chunks of 1 MiB, then `tail`. */
function repeated(head, unit, bytes, tail) {
  const one = unit.repeat(Math.max(1, Math.floor(MB / unit.length)));
  const times = Math.ceil(bytes / one.length);
  return (i) => (i === 0 ? head : i <= times ? one : i === times + 1 ? tail : undefined);
}

/** An appendix of households: rows of numbers and a random code, poorly compressible like real data. */
function appendixRows(rows) {
  const perChunk = 4000;
  return (i) => {
    if (i === 0) return `<worksheet xmlns="${MAIN}"><sheetData>`;
    const first = (i - 1) * perChunk + 1;
    if (first > rows) return i === Math.ceil(rows / perChunk) + 1 ? "</sheetData></worksheet>" : undefined;
    const codes = randomBytes(perChunk * 24).toString("base64");
    let xml = "";
    for (let r = first; r < first + perChunk && r <= rows; r++) {
      const k = (r - first) * 32;
      xml += `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" t="inlineStr"><is><t>${codes.slice(k, k + 32)}</t></is></c><c r="C${r}"><v>${(r * 7919) % 100003}</v></c><c r="D${r}" t="s"><v>${r % 700_000}</v></c></row>`;
    }
    return xml;
  };
}

/**
 * The template's shared strings after `count` strings of an appendix, its own indices moved to
 * match: the worst order, where every string must be streamed past to reach the template's.
 */
function appendixFirst(template, count, string = (n) => `Hộ gia đình ${n} ấp Bình Hòa`) {
  const sst = template.get("xl/sharedStrings.xml");
  const own = sst.slice(sst.indexOf(">", sst.indexOf("<sst")) + 1, sst.lastIndexOf("</sst>"));
  const sheet = template
    .get(SHEET_PART)
    .replace(/(t="s"[^>]*><v>)(\d+)/g, (_, a, n) => a + (Number(n) + count));
  const per = 20_000;
  const strings = (i) =>
    i === 0
      ? `<sst xmlns="${MAIN}">`
      : i <= count / per
        ? Array.from({ length: per }, (_, k) => `<si><t>${string((i - 1) * per + k)}</t></si>`).join("")
        : i === count / per + 1
          ? `${own}</sst>`
          : undefined;
  return { "xl/sharedStrings.xml": { text: undefined, chunk: strings }, [SHEET_PART]: { text: sheet } };
}

const columnOf = (i) =>
  (i < 26 ? "" : String.fromCharCode(64 + Math.floor(i / 26))) + String.fromCharCode(65 + (i % 26));

const CASES = [
  {
    id: "bomb1GiB",
    what: "1 GiB of empty cells in the template sheet",
    outcome: "FILE_TOO_LARGE",
    make: (t) =>
      workbook(t, {
        replace: {
          [SHEET_PART]: {
            text: undefined,
            chunk: repeated(
              `<worksheet xmlns="${MAIN}"><sheetData><row r="1">`,
              '<c r="A1" s="1"/>',
              1024 * MB,
              "</row></sheetData></worksheet>",
            ),
          },
        },
      }),
  },
  {
    id: "bombLyingSize",
    what: "the same under a header that claims 100 KB",
    outcome: "FILE_UNREADABLE",
    make: (t) =>
      workbook(t, {
        replace: {
          [SHEET_PART]: {
            text: undefined,
            declared: 100_000,
            chunk: repeated(
              `<worksheet xmlns="${MAIN}"><sheetData><row r="1">`,
              '<c r="A1" s="1"/>',
              1024 * MB,
              "</row></sheetData></worksheet>",
            ),
          },
        },
      }),
  },
  {
    id: "bombAtLimits",
    what: "three template-named sheets of 40 MB of empty rows each: parsed up to the whole-file limit",
    outcome: "FILE_TOO_LARGE",
    make: (t) =>
      workbook(t, {
        sheets: ["XA-A 2024", "XA-B 2024", "XA-C 2024"].map((name) => ({
          name,
          chunk: repeated(
            `<worksheet xmlns="${MAIN}"><sheetData>`,
            '<row r="1" spans="1:1"/>',
            40 * MB,
            "</sheetData></worksheet>",
          ),
        })),
      }),
  },
  {
    id: "manySmallSheets",
    what: "200 sheets that are not templates, each just under 1 MB of empty rows: read up to the total for such sheets",
    outcome: "SHEET_SKIPPED",
    make: (t) =>
      workbook(t, {
        sheets: Array.from({ length: 200 }, (_, i) => ({
          name: `Trang ${i + 1}`,
          chunk: repeated(
            `<worksheet xmlns="${MAIN}"><sheetData>`,
            '<row r="1" spans="1:1"/>',
            MB - 100,
            "</sheetData></worksheet>",
          ),
        })),
      }),
  },
  {
    id: "sharedStringsAtLimits",
    what: "the template's shared strings after 2,800,000 one-letter strings: a table just under the part limit, streamed whole",
    outcome: "read",
    make: (t) => workbook(t, { replace: appendixFirst(t, 2_800_000, () => "x") }),
  },
  {
    id: "cellsAtLimits",
    what: "five template-named sheets of 99,000 numbers each: cells kept up to the whole-file limit",
    outcome: "read",
    make: (t) =>
      workbook(t, {
        sheets: Array.from({ length: 5 }, (_, i) => ({
          name: `XA-${i} 2024`,
          chunk: (k) =>
            k === 0
              ? `<worksheet xmlns="${MAIN}"><sheetData>`
              : k <= 990
                ? `<row r="${k}">${Array.from({ length: 100 }, (_, c) => `<c r="${columnOf(c)}${k}"><v>${k + c}</v></c>`).join("")}</row>`
                : k === 991
                  ? "</sheetData></worksheet>"
                  : undefined,
        })),
      }),
  },
  {
    id: "sheetsAtLimit",
    what: "500 sheets: 499 small template-named ones besides the template",
    outcome: "read",
    make: (t) =>
      workbook(t, {
        sheets: Array.from({ length: 499 }, (_, i) => ({
          name: `XA-${i} 2024`,
          text: `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>${i}</v></c></row></sheetData></worksheet>`,
        })),
      }),
  },
  {
    id: "appendix50MB",
    what: "a template and a 50 MB appendix sheet, the template's shared strings after 700,000 of the appendix",
    outcome: "SHEET_SKIPPED",
    make: (t) =>
      workbook(t, {
        replace: appendixFirst(t, 700_000),
        sheets: [{ name: "Phụ lục", chunk: appendixRows(1_050_000), level: 1 }],
      }),
  },
  {
    id: "appendixAtFileLimit",
    what: "the same with a larger appendix, just under the 100 MB file limit",
    outcome: "SHEET_SKIPPED",
    make: (t) =>
      workbook(t, {
        replace: appendixFirst(t, 700_000),
        sheets: [{ name: "Phụ lục", chunk: appendixRows(1_750_000), level: 1 }],
      }),
  },
];

/** Read and check one file in a fresh Node: what a clerk's `dvcq check FILE` does after start-up. */
const CHILD = `
const { readFileSync } = require("node:fs");
const [dist, file] = process.argv.slice(1);
const { readWorkbookSnapshot } = require(dist + "/files/readXlsx.js");
const { checkWorkbook } = require(dist + "/domain/check/checks.js");
const catalogue = require(dist + "/domain/catalogue/builtin.js").loadBuiltinCatalogue();
const registry = require(dist + "/domain/units/builtin.js").loadBuiltinRegistry();
(async () => {
  const started = performance.now();
  const read = await readWorkbookSnapshot(readFileSync(file));
  const rules = read.ok ? checkWorkbook(read.workbook, catalogue, registry).findings.map((f) => f.rule) : [read.rule];
  const ms = performance.now() - started;
  process.stdout.write(JSON.stringify({ ms, peakMB: process.resourceUsage().maxRSS / 1024, rules }));
})();
`;

export async function run(only) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "dvcq-limits-"));
  const rows = [];
  try {
    const template = templateParts();
    for (const c of CASES.filter((c) => only === undefined || c.id === only)) {
      const file = path.join(dir, `${c.id}.xlsx`);
      writeFileSync(file, c.make(template));
      const size = Math.round((statSync(file).size / MB) * 10) / 10;
      const child = spawnSync(process.execPath, ["-e", CHILD, dist, file], { encoding: "utf8" });
      if (child.status !== 0) throw new Error(`${c.id}: ${child.stderr}`);
      const { ms, peakMB, rules } = JSON.parse(child.stdout);
      // "read": the file is read (no FILE_ finding), whatever the template's own findings.
      const as = c.outcome === "read" ? !rules.some((r) => r.startsWith("FILE_")) : rules.includes(c.outcome);
      // A row holds only where the file also came out as expected.
      for (const r of [
        benchRow(`files.limits.${c.id}.peakMB`, size, peakMB, "MB", BUDGET.peakMB, 0),
        benchRow(`files.limits.${c.id}.ms`, size, ms, "ms", BUDGET.ms, 0),
      ])
        rows.push({ ...r, holds: as && r.holds });
      if (!as) console.error(`${c.id} (${c.what}): expected ${c.outcome}, got ${rules.join(", ")}`);
    }
  } finally {
    if (!process.env.DVCQ_BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  for (const r of await run(process.argv[2]))
    console.log(
      `${r.measure.padEnd(44)} ${String(r.size).padStart(4)} MB file ${String(r.value).padStart(7)} ${r.unit.padEnd(3)} budget ${r.budget}  ${r.holds ? "holds" : "FAILS"}`,
    );
}
