/**
 * Seeded mutations of a valid .xlsx, for the fuzz test (test/fuzz/fuzz.test.ts) and the longer run
 * (scripts/fuzz.mjs). Plain CommonJS with jszip only, so that both can load it; the same seed
 * always makes the same bytes.
 */
const JSZip = require("jszip");

/** mulberry32: a small, fast, seedable generator of floats in [0, 1). */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Helpers over one generator: an integer below n, one of a list, n random bytes. */
function picker(random) {
  const below = (n) => Math.floor(random() * n);
  const pick = (list) => list[below(list.length)];
  const bytes = (n) => Uint8Array.from({ length: n }, () => below(256));
  return { below, pick, bytes };
}

/** Values a clerk, another program or an attacker may leave in a cell's <v> or text. */
const ODD_VALUES = [
  "",
  "-1",
  "1e309",
  "NaN",
  "-0",
  "1.5E+3",
  "99999999999999999999",
  "0x1F",
  "１２",
  "1\u00a0234",
  "=1+1",
  "@SUM(A1)",
  "#REF!",
  "TRUE",
  "2024-13-45",
  "\u0000",
  "\ud800",
  "&amp;lt;",
  "_x0000_",
  "a".repeat(5000),
];
const CELL_TYPES = ["s", "n", "b", "e", "str", "inlineStr", "d", "x", ""];
const REFS = ["A0", "ZZZZ1", "XFD1048576", "A99999999", "$D$27", "d27", "", "1A", "D27:D28"];
const NAME_REFS = [
  "#REF!",
  "'XA-XUAN-HOA 2024'!$D$9999999",
  "Sheet9!A1",
  "",
  "'unclosed!A1",
  "A1:B2",
  "=1/0",
];

/** One mutation of the parts' XML text, chosen by `random`; returns a description for the report. */
function mutateXml(parts, random) {
  const { below, pick } = picker(random);
  const xmlNames = [...parts.keys()].filter((n) => /\.(xml|rels)$/.test(n));
  const name = pick(xmlNames);
  let xml = parts.get(name);
  const kinds = [
    "cellValue",
    "cellType",
    "cellRef",
    "nameRef",
    "nameScope",
    "byte",
    "cut",
    "insert",
    "dupAttr",
  ];
  const kind = pick(kinds);
  const at = (pattern) => {
    const hits = [...xml.matchAll(pattern)];
    return hits.length === 0 ? undefined : pick(hits);
  };
  let hit;
  switch (kind) {
    case "cellValue":
      hit = at(/<v>[^<]*<\/v>|<t(?: [^>]*)?>[^<]*<\/t>/g);
      if (hit) xml = splice(xml, hit, hit[0].replace(/>[^<]*</, `>${escape(pick(ODD_VALUES))}<`));
      break;
    case "cellType":
      hit = at(/<c r="[^"]*"[^>]*?(?: t="[^"]*")?/g);
      if (hit) xml = splice(xml, hit, `${hit[0].replace(/ t="[^"]*"/, "")} t="${pick(CELL_TYPES)}"`);
      break;
    case "cellRef":
      hit = at(/<c r="[^"]*"/g);
      if (hit) xml = splice(xml, hit, `<c r="${pick(REFS)}"`);
      break;
    case "nameRef":
      hit = at(/(<definedName [^>]*>)[^<]*(<\/definedName>)/g);
      if (hit) xml = splice(xml, hit, `${hit[1]}${escape(pick(NAME_REFS))}${hit[2]}`);
      break;
    case "nameScope":
      hit = at(/<definedName name="[^"]*"/g);
      if (hit) xml = splice(xml, hit, `${hit[0]} localSheetId="${pick(["0", "1", "-1", "99", "x"])}"`);
      break;
    case "byte": {
      const i = below(xml.length);
      xml = xml.slice(0, i) + String.fromCharCode(below(128)) + xml.slice(i + 1);
      break;
    }
    case "cut":
      xml = xml.slice(0, below(xml.length));
      break;
    case "insert": {
      const i = below(xml.length);
      xml =
        xml.slice(0, i) +
        pick(["<", ">", "&", "<x>", "</row>", "<c>", "]]>", "<!--", "\u0000"]) +
        xml.slice(i);
      break;
    }
    case "dupAttr":
      hit = at(/<c r="[^"]*"/g);
      if (hit) xml = splice(xml, hit, `${hit[0]} r="A1"`);
      break;
  }
  parts.set(name, xml);
  return `${kind} in ${name}${hit ? ` at ${hit.index}` : ""}`;
}

/** One mutation of the package's entries: drop, rename, empty or swap a part. */
function mutateEntries(parts, random) {
  const { pick } = picker(random);
  const names = [...parts.keys()];
  const name = pick(names);
  const kind = pick(["drop", "rename", "empty", "swap", "upper"]);
  const content = parts.get(name);
  switch (kind) {
    case "drop":
      parts.delete(name);
      break;
    case "rename":
      parts.delete(name);
      parts.set(`${name}.bak`, content);
      break;
    case "empty":
      parts.set(name, "");
      break;
    case "swap": {
      const other = pick(names);
      parts.set(name, parts.get(other));
      parts.set(other, content);
      break;
    }
    case "upper":
      parts.delete(name);
      parts.set(name.toUpperCase(), content);
      break;
  }
  return `${kind} ${name}`;
}

/**
 * A mutant of `bytes` (a valid .xlsx) for `seed`: one to three mutations of its XML or entries,
 * packed again; or, one time in five, random bytes flipped in the zip itself.
 */
async function mutant(bytes, seed) {
  const random = prng(seed);
  const { below, bytes: randomBytes } = picker(random);
  if (below(5) === 0) {
    const copy = Uint8Array.from(bytes);
    const flips = 1 + below(8);
    for (let i = 0; i < flips; i++) copy[below(copy.length)] = randomBytes(1)[0];
    return { bytes: copy, what: `${flips} bytes flipped in the zip` };
  }
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map();
  for (const file of Object.values(zip.files))
    if (!file.dir) parts.set(file.name, await file.async("string"));
  const what = [];
  const count = 1 + below(3);
  for (let i = 0; i < count; i++)
    what.push(below(4) === 0 ? mutateEntries(parts, random) : mutateXml(parts, random));
  const out = new JSZip();
  for (const [name, text] of parts) out.file(name, text);
  return {
    bytes: await out.generateAsync({ type: "uint8array", compression: "DEFLATE" }),
    what: what.join("; "),
  };
}

function splice(text, hit, replacement) {
  return text.slice(0, hit.index) + replacement + text.slice(hit.index + hit[0].length);
}

function escape(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
}

module.exports = { prng, picker, mutant };
