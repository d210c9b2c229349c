/**
 * Offline stand-in for "will Excel open this .xlsx without repairing it": every XML part is
 * validated against the ECMA-376 schemas in ../shared/schemas (after Markup Compatibility
 * processing, as ../shared/schemas/README.md describes), then checked for what a schema cannot see.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { SaxesParser, type SaxesTagNS } from "saxes";

const REPO_ROOT = path.resolve(__dirname, "../..");
const INSTALL_HINT = "run scripts/install-system-deps.sh (as root) to install it";

export function schemasDir(): string {
  const dir = path.resolve(REPO_ROOT, "../shared/schemas");
  if (!existsSync(path.join(dir, "ooxml-transitional", "sml.xsd"))) {
    throw new Error(
      `OOXML schemas not found at ${dir}: the tests expect the shared/ folder beside the repository (../shared/schemas/ooxml-transitional/sml.xsd).`,
    );
  }
  return dir;
}

// ---------------------------------------------------------------------------------------------
// A small namespace-aware XML tree

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  mc: "http://schemas.openxmlformats.org/markup-compatibility/2006",
  xmlns: "http://www.w3.org/2000/xmlns/",
  contentTypes: "http://schemas.openxmlformats.org/package/2006/content-types",
  core: "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
  relationships: "http://schemas.openxmlformats.org/package/2006/relationships",
  officeRelationships: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
};

interface XmlAttr {
  name: string;
  uri: string;
  local: string;
  value: string;
}

export interface XmlElement {
  name: string;
  uri: string;
  local: string;
  attrs: XmlAttr[];
  /** Prefix -> namespace declared on this element. */
  ns: Record<string, string>;
  children: XmlNode[];
}

type XmlNode = XmlElement | string;

export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on("opentag", (tag: SaxesTagNS) => {
    const el: XmlElement = {
      name: tag.name,
      uri: tag.uri,
      local: tag.local,
      attrs: Object.values(tag.attributes).map((a) => ({
        name: a.name,
        uri: a.uri,
        local: a.local,
        value: a.value,
      })),
      ns: { ...tag.ns },
      children: [],
    };
    stack[stack.length - 1]?.children.push(el);
    stack.push(el);
    root ??= el;
  });
  parser.on("closetag", () => void stack.pop());
  const onText = (t: string): void => void stack[stack.length - 1]?.children.push(t);
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.write(text).close();
  if (root === undefined) throw new Error("no root element");
  return root;
}

export function serializeXml(root: XmlElement): string {
  const esc = (s: string, attr: boolean): string =>
    s.replace(/[&<>"\t\n\r]/g, (c) =>
      c === "&"
        ? "&amp;"
        : c === "<"
          ? "&lt;"
          : c === ">"
            ? "&gt;"
            : !attr
              ? c
              : c === '"'
                ? "&quot;"
                : `&#${c.charCodeAt(0)};`,
    );
  const out = (el: XmlElement): string =>
    `<${el.name}${el.attrs.map((a) => ` ${a.name}="${esc(a.value, true)}"`).join("")}>` +
    el.children.map((c) => (typeof c === "string" ? esc(c, false) : out(c))).join("") +
    `</${el.name}>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${out(root)}`;
}

export function elements(el: XmlElement, local: string, uri = NS.main): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    if (e.local === local && e.uri === uri) found.push(e);
    for (const c of e.children) if (typeof c !== "string") walk(c);
  };
  walk(el);
  return found;
}

export function attr(el: XmlElement, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

export function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === "string" ? c : textOf(c))).join("");
}

// ---------------------------------------------------------------------------------------------
// Markup Compatibility (ECMA-376 Part 3), as a consumer that understands no extension namespace

/**
 * Drops what lies in a namespace listed by mc:Ignorable, keeps only the mc:Fallback of each
 * mc:AlternateContent, removes mc:Ignorable itself. Any other foreign markup is left to fail.
 */
export function stripMarkupCompatibility(root: XmlElement): XmlElement {
  const visit = (
    el: XmlElement,
    scope: Record<string, string>,
    ignorable: ReadonlySet<string>,
  ): XmlNode[] => {
    const inScope = { ...scope, ...el.ns };
    const declared =
      attr(el, "mc:Ignorable") ?? el.attrs.find((a) => a.uri === NS.mc && a.local === "Ignorable")?.value;
    const ignored = new Set(ignorable);
    for (const prefix of (declared ?? "").split(/\s+/).filter(Boolean)) {
      const uri = inScope[prefix];
      if (uri !== undefined) ignored.add(uri);
    }
    if (ignored.has(el.uri)) return [];
    const children = (list: XmlNode[]): XmlNode[] =>
      list.flatMap((c) => (typeof c === "string" ? [c] : visit(c, inScope, ignored)));
    if (el.uri === NS.mc && el.local === "AlternateContent") {
      const fallback = el.children.find(
        (c): c is XmlElement => typeof c !== "string" && c.uri === NS.mc && c.local === "Fallback",
      );
      return fallback ? children(fallback.children) : [];
    }
    return [
      {
        ...el,
        attrs: el.attrs.filter((a) => !(a.uri === NS.mc && a.local === "Ignorable") && !ignored.has(a.uri)),
        children: children(el.children),
      },
    ];
  };
  const [result] = visit(root, {}, new Set());
  if (result === undefined || typeof result === "string")
    throw new Error(`the root ${root.name} is itself ignorable`);
  return result;
}

/**
 * Excel itself writes <t xml:space="preserve"> for text with leading or trailing spaces, but the
 * schema types <t> as a simple string that can carry no attribute; XML 1.0 (2.10) allows
 * xml:space on any element, so it is removed there before validation.
 */
function dropXmlSpaceOnText(el: XmlElement): XmlElement {
  return {
    ...el,
    attrs: el.local === "t" && el.uri === NS.main ? el.attrs.filter((a) => a.name !== "xml:space") : el.attrs,
    children: el.children.map((c) => (typeof c === "string" ? c : dropXmlSpaceOnText(c))),
  };
}

// ---------------------------------------------------------------------------------------------
// The package

interface Part {
  name: string;
  contentType: string | undefined;
  root: XmlElement;
}

const SCHEMA_BY_CONTENT_TYPE: readonly [RegExp, string][] = [
  [/^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\./, "ooxml-transitional/sml.xsd"],
  [/^application\/vnd\.openxmlformats-officedocument\.theme\+xml$/, "ooxml-transitional/dml-main.xsd"],
  [
    /^application\/vnd\.openxmlformats-officedocument\.extended-properties\+xml$/,
    "ooxml-transitional/shared-documentPropertiesExtended.xsd",
  ],
  [
    /^application\/vnd\.openxmlformats-officedocument\.custom-properties\+xml$/,
    "ooxml-transitional/shared-documentPropertiesCustom.xsd",
  ],
  [/^application\/vnd\.openxmlformats-package\.relationships\+xml$/, "opc/opc-relationships.xsd"],
];
const CORE_PROPERTIES = "application/vnd.openxmlformats-package.core-properties+xml";
/** Not a part and so without a content type of its own; this stands for it. */
const CONTENT_TYPES = "[Content_Types]+xml";

/** Problems that would make Excel repair or refuse the file; empty when clean. */
export async function validateXlsx(bytes: Uint8Array): Promise<string[]> {
  const schemas = schemasDir();
  const zip = await JSZip.loadAsync(bytes);
  const problems: string[] = [];
  const parts: Part[] = [];
  const typesFile = zip.file("[Content_Types].xml");
  if (typesFile === null) return ["[Content_Types].xml is missing"];
  const types = parseXml(await typesFile.async("string"));

  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    const type = file.name === "[Content_Types].xml" ? CONTENT_TYPES : lookupType(types, file.name);
    if (type === undefined) {
      problems.push(`${file.name}: no content type in [Content_Types].xml`);
      continue;
    }
    if (!/xml$/.test(type)) continue;
    try {
      parts.push({ name: file.name, contentType: type, root: parseXml(await file.async("string")) });
    } catch (e) {
      problems.push(`${file.name}: not well-formed XML: ${(e as Error).message}`);
    }
  }

  const bySchema = new Map<string, Part[]>();
  for (const part of parts) {
    const schema =
      part.name === "[Content_Types].xml"
        ? "opc/opc-contentTypes.xsd"
        : part.name.endsWith(".rels")
          ? "opc/opc-relationships.xsd"
          : SCHEMA_BY_CONTENT_TYPE.find(([re]) => re.test(part.contentType ?? ""))?.[1];
    if (schema !== undefined) bySchema.set(schema, [...(bySchema.get(schema) ?? []), part]);
    // The core-properties schema imports Dublin Core from the web; offline only its root is checked.
    else if (part.contentType === CORE_PROPERTIES) {
      if (part.root.uri !== NS.core || part.root.local !== "coreProperties")
        problems.push(`${part.name}: root is not cp:coreProperties`);
    } else problems.push(`${part.name}: no schema known for content type ${part.contentType ?? "(none)"}`);
  }
  for (const [schema, group] of bySchema) problems.push(...runXmllint(path.join(schemas, schema), group));
  problems.push(...semanticProblems(parts));
  return problems;
}

function lookupType(types: XmlElement, name: string): string | undefined {
  const override = elements(types, "Override", NS.contentTypes).find(
    (o) => attr(o, "PartName") === `/${name}`,
  );
  if (override) return attr(override, "ContentType");
  const ext = name.split(".").pop()?.toLowerCase();
  const byExt = elements(types, "Default", NS.contentTypes).find(
    (d) => attr(d, "Extension")?.toLowerCase() === ext,
  );
  return byExt ? attr(byExt, "ContentType") : undefined;
}

function runXmllint(schema: string, parts: readonly Part[]): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), "dvcq-ooxml-"));
  try {
    const files = parts.map((part, i) => {
      const file = path.join(dir, `${i}.xml`);
      writeFileSync(file, serializeXml(dropXmlSpaceOnText(stripMarkupCompatibility(part.root))));
      return { file, part: part.name };
    });
    const run = spawnSync(
      "xmllint",
      ["--noout", "--nonet", "--schema", schema, ...files.map((f) => f.file)],
      {
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    if (run.error) throw new Error(`xmllint could not run (${run.error.message}); ${INSTALL_HINT}`);
    if (run.status !== 0 && run.status !== 3) throw new Error(`xmllint failed on ${schema}:\n${run.stderr}`);
    return run.stderr
      .split("\n")
      .filter((line) => line.trim() !== "" && !/ validates$/.test(line) && !/ fails to validate$/.test(line))
      .map((line) => files.reduce((l, f) => l.split(f.file).join(f.part), line));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// What a schema cannot see

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;
const MAX_SHEET_NAME = 31;

function semanticProblems(parts: readonly Part[]): string[] {
  const problems: string[] = [];
  const byType = (suffix: string): Part[] => parts.filter((p) => p.contentType?.endsWith(suffix));

  const styles = byType(".styles+xml")[0]?.root;
  const cellXfs = styles ? elements(styles, "cellXfs").flatMap((x) => elements(x, "xf")).length : 0;
  const dxfs = styles ? elements(styles, "dxf").length : 0;
  const sst = byType(".sharedStrings+xml")[0]?.root;
  const strings = sst ? sst.children.filter((c) => typeof c !== "string" && c.local === "si").length : 0;

  const workbookPart = byType(".sheet.main+xml")[0];
  if (workbookPart === undefined) return ["no workbook part"];
  const workbook = workbookPart.root;
  const sheets = elements(workbook, "sheet");
  const seenSheets = new Set<string>();
  for (const s of sheets) {
    const name = attr(s, "name") ?? "";
    if (name.length === 0 || name.length > MAX_SHEET_NAME)
      problems.push(`workbook: sheet name "${name}" has ${name.length} characters (1 to ${MAX_SHEET_NAME})`);
    if (/[[\]:*?/\\]/.test(name)) problems.push(`workbook: sheet name "${name}" contains one of []:*?/\\`);
    if (seenSheets.has(name.toUpperCase())) problems.push(`workbook: sheet name "${name}" is used twice`);
    seenSheets.add(name.toUpperCase());
  }
  const seenNames = new Set<string>();
  for (const dn of elements(workbook, "definedName")) {
    const name = attr(dn, "name") ?? "";
    const scope = attr(dn, "localSheetId");
    const key = `${scope ?? "workbook"}|${name.toUpperCase()}`;
    if (seenNames.has(key))
      problems.push(`workbook: defined name ${name} is defined twice in the same scope`);
    seenNames.add(key);
    if (scope !== undefined && !(Number(scope) >= 0 && Number(scope) < sheets.length)) {
      problems.push(
        `workbook: defined name ${name} has localSheetId ${scope} but the workbook has ${sheets.length} sheets`,
      );
    }
    problems.push(...badRefs(textOf(dn)).map((r) => `workbook: defined name ${name} refers to ${r}`));
  }

  for (const { name: partName, root: ws } of byType(".worksheet+xml")) {
    const at = (what: string): string => `${partName}: ${what}`;
    for (const c of elements(ws, "c")) {
      const ref = attr(c, "r");
      if (ref !== undefined && badRefs(ref).length > 0) problems.push(at(`cell reference ${ref}`));
      const s = attr(c, "s");
      if (s !== undefined && Number(s) >= cellXfs)
        problems.push(at(`${ref} uses style ${s}, styles.xml has ${cellXfs}`));
      const v = elements(c, "v")[0];
      const t = attr(c, "t") ?? "n";
      if (v !== undefined && t === "n" && !Number.isFinite(Number(textOf(v))))
        problems.push(at(`${ref} holds the number "${textOf(v)}"`));
      if (v !== undefined && t === "s" && !(Number(textOf(v)) < strings))
        problems.push(at(`${ref} uses shared string ${textOf(v)} of ${strings}`));
      for (const f of elements(c, "f"))
        problems.push(...badRefs(textOf(f), true).map((r) => at(`${ref} formula refers to ${r}`)));
    }
    const merges = elements(ws, "mergeCell").map((m) => attr(m, "ref") ?? "");
    problems.push(...merges.flatMap((m) => badRefs(m).map((r) => at(`merge ${r}`))));
    problems.push(...overlaps(merges).map((o) => at(`merges ${o} overlap`)));
    for (const dv of elements(ws, "dataValidation")) {
      const sqref = attr(dv, "sqref") ?? "";
      const where = `validation ${sqref}`;
      problems.push(...badRefs(sqref).map((r) => at(`${where} covers ${r}`)));
      for (const key of ["promptTitle", "errorTitle"]) {
        if ((attr(dv, key) ?? "").length > 32)
          problems.push(at(`${where}: ${key} longer than 32 characters`));
      }
      for (const key of ["prompt", "error"]) {
        if ((attr(dv, key) ?? "").length > 255)
          problems.push(at(`${where}: ${key} longer than 255 characters`));
      }
      const formula1 = elements(dv, "formula1")[0];
      const list = formula1 ? /^"(.*)"$/s.exec(textOf(formula1)) : null;
      if (
        attr(dv, "type") === "list" &&
        list?.[1] !== undefined &&
        list[1].replace(/""/g, '"').length > 255
      ) {
        problems.push(at(`${where}: list longer than 255 characters`));
      }
      for (const f of [...elements(dv, "formula1"), ...elements(dv, "formula2")]) {
        problems.push(...badRefs(textOf(f), true).map((r) => at(`${where} formula refers to ${r}`)));
      }
    }
    for (const cf of elements(ws, "conditionalFormatting")) {
      const sqref = attr(cf, "sqref") ?? "";
      problems.push(...badRefs(sqref).map((r) => at(`conditional format covers ${r}`)));
      for (const rule of elements(cf, "cfRule")) {
        const dxf = attr(rule, "dxfId");
        if (dxf !== undefined && Number(dxf) >= dxfs)
          problems.push(at(`conditional format ${sqref} uses dxf ${dxf}, styles.xml has ${dxfs}`));
        for (const f of elements(rule, "formula"))
          problems.push(
            ...badRefs(textOf(f), true).map((r) => at(`conditional format ${sqref} refers to ${r}`)),
          );
      }
    }
  }
  return problems;
}

const REF = /(?<![A-Za-z0-9_.$])\$?([A-Za-z]{1,3})\$?(\d+)(?![A-Za-z0-9_(])/g;

/** Cell references outside the grid (A0, XFE1, A1048577). In formulas, string literals are skipped. */
export function badRefs(text: string, formula = false): string[] {
  const scanned = formula ? text.replace(/"(?:[^"]|"")*"/g, '""').replace(/'(?:[^']|'')*'!/g, "S!") : text;
  const bad: string[] = [];
  for (const m of scanned.matchAll(REF)) {
    const col = [...(m[1] ?? "").toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const row = Number(m[2]);
    if (row < 1 || row > MAX_ROW || col > MAX_COL) bad.push(m[0]);
  }
  return bad;
}

function overlaps(ranges: readonly string[]): string[] {
  const boxes = ranges.map((ref) => {
    const [a, b = a] = ref.split(":");
    const cell = (s: string | undefined): [number, number] => {
      const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(s ?? "");
      return m
        ? [Number(m[2]), [...(m[1] ?? "").toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0)]
        : [0, 0];
    };
    const [r1, c1] = cell(a);
    const [r2, c2] = cell(b);
    return {
      ref,
      top: Math.min(r1, r2),
      bottom: Math.max(r1, r2),
      left: Math.min(c1, c2),
      right: Math.max(c1, c2),
    };
  });
  const found: string[] = [];
  boxes.forEach((x, i) => {
    for (const y of boxes.slice(i + 1)) {
      if (x.left <= y.right && y.left <= x.right && x.top <= y.bottom && y.top <= x.bottom)
        found.push(`${x.ref} and ${y.ref}`);
    }
  });
  return found;
}
