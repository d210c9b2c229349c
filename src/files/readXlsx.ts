/**
 * Reads an .xlsx into the host-independent WorkbookSnapshot, straight from its XML parts with a
 * lean scanner (leanXml.ts), or with saxes when the file holds XML the scanner does not read. exceljs is not used to read: it drops the sheet scope of defined names (localSheetId),
 * drops cached formula results of 0 and FALSE, turns date cells into Date objects, misreads
 * LibreOffice's "true"/"false" booleans, and holds every part whole.
 *
 * Streaming, within READ_LIMITS: each part is parsed as it inflates. Only what a template needs is
 * read: the workbook, its relationships, of the styles the cell formats, of each sheet its cells
 * (not the merges, conditional formats and validations after them), and of the shared strings
 * only those the cells read use. Every part up to a few megabytes is still inflated and its CRC
 * checked to the end (zipPackage.ts). A large sheet that holds no template is skipped unread, with a note.
 *
 * Runs in Node and in a browser bundle: no file system here.
 */
import type * as Saxes from "saxes";
import type { Source } from "../domain/check/batch";
import type { FileRule } from "../domain/check/finding";
import type { Message } from "../domain/i18n/lang";
import { localized } from "../domain/i18n/localized";
import { cellRef, columnLetters, columnNumber } from "../domain/layout/a1";
import { utcMsToExcelSerial } from "../domain/period";
import type { SheetSnapshot, SkippedSheet, SnapshotName, WorkbookSnapshot } from "../domain/read/snapshot";
import { isDateFormat, type RawCell } from "../domain/read/values";
import { LimitExceeded, READ_LIMITS, limitMessage, skippedSheetMessage, type ReadLimits } from "./readLimits";
import { PackageDamaged, PackageUnsafe, ZipPackage, type ByteSource, type ZipEntry } from "./zipPackage";
import { LeanXml, NotLean, localName, type XmlHandlers } from "./leanXml";
import { en } from "./text/en/unreadable";
import { vi } from "./text/vi/unreadable";

export type ReadProblem = "encrypted" | "old-xls" | "not-xlsx" | "corrupt" | "empty" | "too-large" | "unsafe";

export interface ReadOptions {
  /** Lower limits than READ_LIMITS, for tests. */
  limits?: Partial<ReadLimits>;
  /** Every part parsed by saxes, without trying the lean scanner first: for tests that compare the two. */
  saxesOnly?: boolean;
  /**
   * Of every worksheet, however large, only the cells of row 1: enough to tell a workbook by its
   * sheets, names and header rows (a district report's facts sheet is past the size a sheet is
   * otherwise read to from some hundred units).
   */
  firstRowOnly?: boolean;
  /**
   * When (Date.now()) an earlier read of the same bytes began, this one going on from it (a
   * first-row read, then the whole): the file's time limit counts both, so that a file slow to
   * read is not given the limit twice. What is inflated is not carried: the reads come one after
   * the other, and the second inflates the same parts again.
   */
  startedAt?: number;
}

export type SnapshotRead =
  | { ok: true; workbook: WorkbookSnapshot }
  | {
      ok: false;
      problem: ReadProblem;
      /** The finding the file gets. */
      rule: FileRule;
      /** For the clerk. */
      message: Message;
      /** For a developer: what exactly was found, in English. */
      detail: string;
      /**
       * A spreadsheet, or what may be one, that could not be read (protected by a password, of
       * another format, damaged, past a limit, refused as unsafe): it may hold what someone typed.
       * False for an empty file and for what is no spreadsheet at all (a document, a PDF).
       */
      spreadsheet: boolean;
    };

/** Why a file is not read, each with its sentence for the clerk in text/vi/unreadable.ts and text/en/unreadable.ts. */
const PROBLEMS = {
  empty: "empty",
  encrypted: "encrypted",
  oldXls: "old-xls",
  ods: "not-xlsx",
  xlsb: "not-xlsx",
  word: "not-xlsx",
  pdf: "not-xlsx",
  notXlsx: "not-xlsx",
  corrupt: "corrupt",
} as const satisfies Record<string, ReadProblem>;

type Reason = keyof typeof PROBLEMS;

const NO_SPREADSHEET: ReadonlySet<Reason> = new Set(["empty", "word", "pdf", "notXlsx"]);

const T = localized({ vi, en });

function failure(reason: Reason, detail: string): SnapshotRead {
  return {
    ok: false,
    problem: PROBLEMS[reason],
    rule: "FILE_UNREADABLE",
    message: T[reason],
    detail,
    spreadsheet: !NO_SPREADSHEET.has(reason),
  };
}

/** What the batch check takes: the workbook, or why the file could not be used. */
export function sourceFromRead(name: string, read: SnapshotRead): Source {
  return read.ok ? { name, workbook: read.workbook } : { name, unreadable: read.message, rule: read.rule };
}

/** A limit hit, a package that breaks the rules, or else a damaged file. */
function failureOf(e: unknown): SnapshotRead {
  if (e instanceof LimitExceeded)
    return {
      ok: false,
      problem: "too-large",
      rule: "FILE_TOO_LARGE",
      message: limitMessage(e),
      detail: e.message,
      spreadsheet: true,
    };
  if (e instanceof PackageUnsafe)
    return {
      ok: false,
      problem: "unsafe",
      rule: "FILE_UNSAFE",
      message: T.unsafe(e.kind, e.part),
      detail: e.message,
      spreadsheet: true,
    };
  // Damaged, or saxes and fflate with errors of their own.
  return failure("corrupt", errorText(e));
}

/**
 * Every non-empty cell of every worksheet (hidden ones included) and every defined name in its
 * scope. Never throws on bad input: an unreadable file is a value saying why, for the clerk.
 *
 * Cells: numbers as numbers; a date is its serial number in the 1900 system (1904 workbooks are
 * converted), as it is stored, with its date format; text as stored (rich text flattened, phonetic
 * runs left out, no normalisation); booleans; an error value as `error` with value null. A formula
 * is "=" + its text (a shared formula shifted to its cell, Excel's `_xlfn.` prefixes removed) with
 * the cached result as value: null when the file holds none (openpyxl, and our own templates,
 * whose formulas Excel computes on opening), "" when the result is empty text. A cell of empty text
 * without a formula counts as empty. numberFormat is left out for General. font is the cell's font,
 * or the first font named in its rich text.
 */
export function readWorkbookSnapshot(
  bytes: Uint8Array | ByteSource,
  options: ReadOptions = {},
): Promise<SnapshotRead> {
  const limits: ReadLimits = { ...READ_LIMITS, ...options.limits };
  if (bytes.length === 0) return Promise.resolve(failure("empty", "0 bytes"));
  try {
    const tooLarge = refusedBySize(bytes.length, options);
    const head = bytes instanceof Uint8Array ? bytes : bytes.read(0, Math.min(8, bytes.length));
    if (startsWith(head, OLE_SIGNATURE))
      return Promise.resolve(
        bytes instanceof Uint8Array
          ? classifyOle(bytes)
          : (tooLarge ?? classifyOle(bytes.read(0, bytes.length))),
      );
    if (startsWith(head, PDF_SIGNATURE)) return Promise.resolve(failure("pdf", "a PDF file"));
    if (!startsWith(head, ZIP_SIGNATURE))
      return Promise.resolve(failure("notXlsx", `starts with bytes ${hex(head.subarray(0, 8))}`));
    if (tooLarge) return Promise.resolve(tooLarge);
    const zip = new ZipPackage(bytes, limits, options.startedAt);
    const bySaxes = (): Promise<SnapshotRead> =>
      loadSaxes()
        .then(() => readPackage(new Parts(zip, limits, false), options))
        .catch(failureOf);
    if (options.saxesOnly) return bySaxes();
    try {
      return Promise.resolve(readPackage(new Parts(zip, limits, true), options));
    } catch (e) {
      if (!(e instanceof NotLean)) throw e;
      // Something the lean scanner does not read: saxes reads the whole file and decides.
      zip.rewind();
      return bySaxes();
    }
  } catch (e) {
    return Promise.resolve(failureOf(e));
  }
}

/** saxes, loaded when a part first needs it: most files are read by the lean scanner alone. */
let saxes: typeof Saxes | undefined;

function loadSaxes(): Promise<void> {
  if (saxes) return Promise.resolve();
  return import("saxes").then((m) => {
    saxes = m;
  });
}

/**
 * A file past the size limit, refused without reading it: a shell can ask with the file's size
 * before it loads the bytes. Undefined when the size is within the limit.
 */
export function refusedBySize(size: number, options: ReadOptions = {}): SnapshotRead | undefined {
  const limit = options.limits?.fileBytes ?? READ_LIMITS.fileBytes;
  return size > limit ? failureOf(new LimitExceeded("fileBytes", limit, size, undefined)) : undefined;
}

// ---------------------------------------------------------------------------------------------
// File signatures and OLE compound files

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b];
const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

function hex(bytes: Uint8Array): string {
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join(" ");
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * An OLE compound file is an Excel 97–2003 workbook, or an .xlsx encrypted with a password to
 * open (its streams EncryptionInfo and EncryptedPackage), or some other Office document.
 */
function classifyOle(bytes: Uint8Array): SnapshotRead {
  const names = oleEntryNames(bytes);
  const listed = `OLE entries: ${names.join(", ") || "none readable"}`;
  if (names.includes("EncryptionInfo") || names.includes("EncryptedPackage"))
    return failure("encrypted", listed);
  if (names.includes("Workbook") || names.includes("Book")) return failure("oldXls", listed);
  if (names.includes("WordDocument")) return failure("word", listed);
  if (names.length === 0) return failure("corrupt", listed);
  return failure("notXlsx", listed);
}

const FREE_SECTOR = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const HEADER_DIFAT_ENTRIES = 109;
const DIRECTORY_ENTRY_BYTES = 128;

/** Names of the storages and streams in the directory of a compound file (MS-CFB); as many as can be read. */
function oleEntryNames(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (offset: number): number | undefined =>
    offset + 4 <= bytes.length ? view.getUint32(offset, true) : undefined;
  if (bytes.length < 512) return [];
  const sectorSize = 1 << view.getUint16(0x1e, true);
  if (sectorSize !== 512 && sectorSize !== 4096) return [];
  const sectorOffset = (sector: number): number => (sector + 1) * sectorSize;
  const maxSectors = Math.ceil(bytes.length / sectorSize);

  const fatSectors: number[] = [];
  for (let i = 0; i < HEADER_DIFAT_ENTRIES; i++) {
    const s = u32(0x4c + 4 * i);
    if (s === undefined || s === FREE_SECTOR) break;
    fatSectors.push(s);
  }
  let difat = u32(0x44);
  for (let hops = 0; difat !== undefined && difat < maxSectors && hops < maxSectors; hops++) {
    const base = sectorOffset(difat);
    for (let i = 0; i < sectorSize / 4 - 1; i++) {
      const s = u32(base + 4 * i);
      if (s !== undefined && s !== FREE_SECTOR) fatSectors.push(s);
    }
    difat = u32(base + sectorSize - 4);
  }
  const nextSector = (sector: number): number | undefined => {
    const perSector = sectorSize / 4;
    const fatSector = fatSectors[Math.floor(sector / perSector)];
    return fatSector === undefined ? undefined : u32(sectorOffset(fatSector) + 4 * (sector % perSector));
  };

  const names: string[] = [];
  let sector = u32(0x30);
  for (let hops = 0; sector !== undefined && sector !== END_OF_CHAIN && hops < maxSectors; hops++) {
    const base = sectorOffset(sector);
    for (
      let at = base;
      at + DIRECTORY_ENTRY_BYTES <= Math.min(base + sectorSize, bytes.length);
      at += DIRECTORY_ENTRY_BYTES
    ) {
      const nameBytes = view.getUint16(at + 0x40, true);
      const type = bytes[at + 0x42];
      if (type === 0 || nameBytes < 2 || nameBytes > 64) continue;
      let name = "";
      for (let i = 0; i < nameBytes / 2 - 1; i++)
        name += String.fromCharCode(view.getUint16(at + 2 * i, true));
      names.push(name);
    }
    sector = nextSector(sector);
  }
  return names;
}

// ---------------------------------------------------------------------------------------------
// The package: parts by name, parsed as they inflate; relationships

type Where = { sheet: string } | { part: string };

interface Relationship {
  readonly type: string;
  readonly target: string;
}

class Parts {
  constructor(
    private readonly zip: ZipPackage,
    readonly limits: ReadLimits,
    /** Parts scanned by LeanXml (NotLean at what it does not read), else by saxes. */
    private readonly lean: boolean,
  ) {}

  has(name: string): boolean {
    return this.zip.entry(name) !== undefined;
  }

  entry(name: string): ZipEntry {
    const entry = this.zip.entry(name);
    if (entry === undefined) throw new PackageDamaged(`part ${name} is missing`);
    return entry;
  }

  /**
   * Parses a part as it inflates, until its end or until the handlers have enough. A part past
   * the size limit is refused, unless the handlers stop early (`partly`): what is inflated still
   * counts towards the package's limit. `enoughAfter`: the tag after which the handlers are likely
   * to have enough; what follows it in a chunk is decoded only if they still want it.
   */
  scan(
    name: string,
    handlers: XmlHandlers,
    where: Where = { part: name },
    partly = false,
    enoughAfter?: SoughtBytes,
  ): void {
    const entry = this.entry(name);
    if (entry.size > this.limits.partBytes && !partly)
      throw new LimitExceeded("partBytes", this.limits.partBytes, entry.size, where);
    const bound = new TagBound(this.limits, where);
    const xml = this.lean
      ? new LeanXml(handlers, this.limits, where)
      : new XmlStream(name, handlers, this.limits, where);
    const take = (chunk: Uint8Array): boolean => {
      bound.check(chunk);
      const at = enoughAfter === undefined ? -1 : indexOf(chunk, enoughAfter);
      if (at < 0) xml.write(chunk);
      else {
        const cut = at + enoughAfter!.bytes.length;
        xml.write(chunk.subarray(0, cut));
        if (!xml.stopped) xml.write(chunk.subarray(cut));
      }
      return !xml.stopped;
    };
    if (this.zip.stream(entry, take)) xml.end();
  }

  /** A small part that is not XML (the OpenDocument mimetype). */
  text(name: string): string {
    const entry = this.entry(name);
    if (entry.size > this.limits.partBytes)
      throw new LimitExceeded("partBytes", this.limits.partBytes, entry.size, { part: name });
    const decoder = new TextDecoder("utf-8");
    let text = "";
    this.zip.stream(entry, (chunk) => {
      text += decoder.decode(chunk, { stream: true });
      return true;
    });
    return text + decoder.decode();
  }

  /**
   * What `read` makes of a part, shared with every file whose part is stored the same
   * (ZipPackage.readOnce): `kind` names the reading, and the value must never be changed.
   */
  readOnce<T>(kind: string, name: string, read: () => T): T {
    const { elementBytes, xmlDepth, partBytes } = this.limits;
    const key = `${kind}\0${this.lean ? "lean" : "saxes"}\0${name}\0${elementBytes}:${xmlDepth}:${partBytes}`;
    return this.zip.readOnce(this.entry(name), key, read);
  }

  /** Relationship id → {type, target part name}, for the part at `source` ("" for the package). */
  relationships(source: string): ReadonlyMap<string, Relationship> {
    const folder = source.includes("/") ? source.slice(0, source.lastIndexOf("/") + 1) : "";
    const relsName = `${folder}_rels/${source.slice(folder.length)}.rels`;
    if (!this.has(relsName)) return new Map();
    return this.readOnce("relationships", relsName, () => this.readRelationships(folder, relsName));
  }

  private readRelationships(folder: string, relsName: string): ReadonlyMap<string, Relationship> {
    const rels = new Map<string, Relationship>();
    this.scan(relsName, {
      open(name, attrs) {
        if (name !== "Relationship" || attrs.TargetMode === "External") return;
        rels.set(own(attrs.Id ?? ""), {
          type: own(attrs.Type ?? ""),
          target: own(resolvePartName(folder, attrs.Target ?? "", relsName)),
        });
      },
    });
    return rels;
  }
}

/** Bytes to look for, by their byte at `anchor`, which should be rare in what is searched. */
interface SoughtBytes {
  bytes: Uint8Array;
  anchor: number;
}

/** Where `bytes` first holds `sought`, or -1. */
function indexOf(bytes: Uint8Array, { bytes: sought, anchor }: SoughtBytes): number {
  const byte = sought[anchor] as number;
  for (
    let at = bytes.indexOf(byte, anchor);
    at >= 0 && at - anchor + sought.length <= bytes.length;
    at = bytes.indexOf(byte, at + 1)
  ) {
    const start = at - anchor;
    let k = 0;
    while (k < sought.length && bytes[start + k] === sought[k]) k++;
    if (k === sought.length) return start;
  }
  return -1;
}

/** An internal relationship's target as a part name; one that leaves the package is refused. */
function resolvePartName(folder: string, target: string, relsName: string): string {
  const escapes = (): PackageUnsafe =>
    new PackageUnsafe("escape", target, `${relsName}: the target "${target}" leaves the package`);
  // A backslash, a drive letter or a URI scheme ("file:") is not a part name.
  if (target.includes("\\") || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(target)) throw escapes();
  const segments = (target.startsWith("/") ? target.slice(1) : folder + target).split("/");
  const out: string[] = [];
  for (const s of segments) {
    if (s === "..") {
      if (out.length === 0) throw escapes();
      out.pop();
    } else if (s !== "." && s !== "") out.push(s);
  }
  return out.join("/");
}

function relOfType(rels: ReadonlyMap<string, Relationship>, type: string): string | undefined {
  for (const rel of rels.values()) if (rel.type.endsWith(`/${type}`)) return rel.target;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// XML: LeanXml, or saxes without namespace processing; element names lose their prefix, so that
// Strict OOXML (other namespace URIs) reads like Transitional. Attributes come as written (see
// attributeNamed).

const GREATER_THAN = 0x3e;

/** The bytes between two `>` are bounded, so that one tag or text cannot hold megabytes. */
class TagBound {
  private sinceTagEnd = 0;

  constructor(
    private readonly limits: ReadLimits,
    private readonly where: Where,
  ) {}

  check(chunk: Uint8Array): void {
    // From the last `>` (-1 - sinceTagEnd: in an earlier chunk), jump to the last `>` within reach.
    const reach = this.limits.elementBytes + 1;
    let last = -1 - this.sinceTagEnd;
    while (last + reach < chunk.length) {
      const next = chunk.lastIndexOf(GREATER_THAN, last + reach);
      if (next <= last)
        throw new LimitExceeded("elementBytes", this.limits.elementBytes, undefined, this.where);
      last = next;
    }
    this.sinceTagEnd = chunk.length - 1 - last;
  }
}

/**
 * One part parsed by saxes as its bytes arrive. A DTD is refused (saxes would not expand its
 * entities, but no part of a workbook has one); nesting is bounded, so that saxes' stack cannot
 * grow without end.
 */
class XmlStream {
  /** Made once loadSaxes has resolved: only readWorkbookSnapshot's saxes reads get here. */
  private readonly parser = new (saxes as typeof Saxes).SaxesParser();
  private readonly decoder = new TextDecoder("utf-8");
  /** The handlers had enough: what saxes still reads of the chunk is passed over, errors too, as LeanXml stops there. */
  stopped = false;

  constructor(partName: string, handlers: XmlHandlers, limits: ReadLimits, where: Where) {
    const parser = this.parser;
    parser.on("error", (e) => {
      if (!this.stopped) throw new PackageDamaged(`${partName}: ${e.message}`);
    });
    parser.on("doctype", () => {
      if (!this.stopped) throw new PackageUnsafe("dtd", partName, `${partName} has a DTD`);
    });
    const { open, text, close, enough } = handlers;
    let depth = 0;
    parser.on("opentag", (tag) => {
      if (this.stopped) return;
      if (++depth > limits.xmlDepth) throw new LimitExceeded("xmlDepth", limits.xmlDepth, undefined, where);
      if (!open) return;
      open(localName(tag.name), tag.attributes as Record<string, string>);
    });
    if (text) {
      const textUnlessStopped = (t: string): void => {
        if (!this.stopped) text(t);
      };
      parser.on("text", textUnlessStopped);
      parser.on("cdata", textUnlessStopped);
    }
    parser.on("closetag", (tag) => {
      if (this.stopped) return;
      depth--;
      close?.(localName(tag.name));
      if (enough?.()) this.stopped = true;
    });
  }

  write(chunk: Uint8Array): void {
    if (!this.stopped) this.parser.write(this.decoder.decode(chunk, { stream: true }));
  }

  end(): void {
    this.parser.write(this.decoder.decode()).close();
  }
}

/**
 * An attribute by its local name. SpreadsheetML's own attributes are unprefixed, so handlers read
 * them straight from the object; only relationship ids (r:id, under any prefix) need this.
 */
function attributeNamed(attrs: Readonly<Record<string, string>>, local: string): string | undefined {
  for (const key of Object.keys(attrs))
    if (localName(key) === local && !key.startsWith("xmlns")) return attrs[key];
  return undefined;
}

/**
 * A copy of a text that a snapshot keeps. Text cut from a part's decoded chunk is, in V8, a slice
 * that keeps the whole chunk alive: figures kept from thousands of files would keep every file's
 * sheet XML with them.
 */
function own(text: string): string {
  return (" " + text).slice(1);
}

/** ST_Xstring escapes characters XML cannot hold as `_xHHHH_`; `_x005F_` is a literal underscore. */
function unescapeXstring(text: string): string {
  return text.includes("_x")
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, code: string) => String.fromCharCode(parseInt(code, 16)))
    : text;
}

// ---------------------------------------------------------------------------------------------
// The workbook

interface SheetEntry {
  name: string;
  relId: string;
}

/** A sheet named "<unit code> <year>", as DVCQ names a template sheet. */
const TEMPLATE_SHEET_NAME = /^[A-Z0-9][A-Z0-9_-]* \d{4}$/i;

function readPackage(parts: Parts, options: ReadOptions): SnapshotRead {
  const { limits } = parts;
  const rootRels = parts.relationships("");
  const workbookPart = relOfType(rootRels, "officeDocument") ?? "xl/workbook.xml";
  const notAWorkbook = (found: string): SnapshotRead => {
    if (parts.has("word/document.xml")) return failure("word", found);
    if (parts.has("mimetype") && parts.text("mimetype").includes("opendocument.spreadsheet"))
      return failure("ods", found);
    return failure("notXlsx", found);
  };
  if (!parts.has(workbookPart)) return notAWorkbook(`no workbook part (${workbookPart})`);
  if (/\.bin$/i.test(workbookPart)) return failure("xlsb", `binary workbook part ${workbookPart}`);

  let root: string | undefined;
  let date1904 = false;
  const sheets: SheetEntry[] = [];
  const definedNames: { name: string; localSheetId: number | undefined; ref: string }[] = [];
  let openName: (typeof definedNames)[number] | undefined;
  parts.scan(workbookPart, {
    open(name, attrs) {
      root ??= name;
      if (name === "workbookPr") date1904 = attrs.date1904 === "1" || attrs.date1904 === "true";
      else if (name === "sheet") {
        if (sheets.length === limits.sheets)
          throw new LimitExceeded("sheets", limits.sheets, undefined, undefined);
        sheets.push({ name: own(attrs.name ?? ""), relId: attributeNamed(attrs, "id") ?? "" });
      } else if (name === "definedName") {
        const local = attrs.localSheetId;
        openName = {
          name: own(attrs.name ?? ""),
          localSheetId: local === undefined ? undefined : Number(local),
          ref: "",
        };
        definedNames.push(openName);
      }
    },
    text(text) {
      if (openName) openName.ref += text;
    },
    close(name) {
      if (name === "definedName") openName = undefined;
    },
  });
  if (root !== "workbook") return notAWorkbook(`the main part's root is <${root ?? "nothing"}>`);

  const rels = parts.relationships(workbookPart);
  const sharedStringsPart = relOfType(rels, "sharedStrings");
  const stylesPart = relOfType(rels, "styles");
  const context: SheetContext = {
    styles:
      stylesPart && parts.has(stylesPart)
        ? parts.readOnce("styles", stylesPart, () => readStyles(parts, stylesPart))
        : [],
    date1904,
    sharedCells: [],
    cellsKept: 0,
  };

  const templates = templateSheetIndexes(sheets, definedNames);
  const snapshots: (SheetSnapshot & { names: SnapshotName[] })[] = [];
  const skipped: SkippedSheet[] = [];
  /** Position in the workbook's sheet list (what localSheetId counts) → snapshot; chart sheets have none. */
  const bySheetIndex = new Map<number, SheetSnapshot & { names: SnapshotName[] }>();
  let scanned = 0;
  for (const [index, entry] of sheets.entries()) {
    const rel = rels.get(entry.relId);
    if (rel === undefined)
      throw new PackageDamaged(`sheet "${entry.name}" has no relationship ${entry.relId}`);
    if (!rel.type.endsWith("/worksheet")) continue;
    const where = { sheet: entry.name };
    const size = parts.entry(rel.target).size;
    let cells: Map<string, RawCell>;
    if (options.firstRowOnly) cells = readSheet(parts, rel.target, where, context, true);
    else if (templates.has(index)) cells = readSheet(parts, rel.target, where, context);
    else if (size > limits.scanSheetBytes) {
      skipped.push({
        name: entry.name,
        message: skippedSheetMessage(new LimitExceeded("scanSheetBytes", limits.scanSheetBytes, size, where)),
      });
      continue;
    } else if (scanned + size > limits.scanTotalBytes) {
      skipped.push({
        name: entry.name,
        message: skippedSheetMessage(
          new LimitExceeded("scanTotalBytes", limits.scanTotalBytes, scanned + size, where),
        ),
      });
      continue;
    } else {
      // Not known to hold a template, yet it may (renamed, its names lost): read it if it is small.
      scanned += size;
      const sharedFrom = context.sharedCells.length;
      try {
        cells = readSheet(parts, rel.target, where, context);
      } catch (e) {
        if (!(e instanceof LimitExceeded && e.limit === "cellsPerSheet")) throw e;
        context.sharedCells.length = sharedFrom;
        skipped.push({ name: entry.name, message: skippedSheetMessage(e) });
        continue;
      }
    }
    const snapshot = { name: entry.name, cells, names: [] };
    snapshots.push(snapshot);
    bySheetIndex.set(index, snapshot);
  }
  resolveSharedStrings(parts, sharedStringsPart, context.sharedCells);

  const workbookNames: SnapshotName[] = [];
  for (const { name, localSheetId, ref } of definedNames) {
    // A name scoped to a chart sheet, or to a sheet that does not exist, has no cells to point to.
    if (localSheetId === undefined) workbookNames.push({ name, ref: own(ref) });
    else bySheetIndex.get(localSheetId)?.names.push({ name, ref: own(ref) });
  }
  const workbook: WorkbookSnapshot = { sheets: snapshots, names: workbookNames };
  return { ok: true, workbook: skipped.length > 0 ? { ...workbook, skipped } : workbook };
}

/**
 * The sheets known to hold a template before any is read: named "<unit code> <year>", in the
 * scope of a DVCQ defined name, or the sheet a DVCQ name points to.
 */
function templateSheetIndexes(
  sheets: readonly SheetEntry[],
  names: readonly { name: string; localSheetId: number | undefined; ref: string }[],
): Set<number> {
  const byName = new Map(sheets.map((s, i) => [s.name, i]));
  const found = new Set<number>();
  sheets.forEach((s, i) => {
    if (TEMPLATE_SHEET_NAME.test(s.name)) found.add(i);
  });
  for (const { name, localSheetId, ref } of names) {
    if (!/^DVCQ_/i.test(name)) continue;
    if (localSheetId !== undefined) found.add(localSheetId);
    const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!/.exec(ref.trim());
    const index = m
      ? byName.get(m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] as string))
      : undefined;
    if (index !== undefined) found.add(index);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Shared strings and styles

interface SharedString {
  text: string;
  /** The first font named by a run of rich text. */
  font: string | undefined;
}

/**
 * Gives each cell read that holds a shared string its text, read from the table as it inflates:
 * only the strings used are kept, and reading stops after the last one used, so that a huge table
 * of an appendix sheet costs little. A shared string of empty text leaves its cell empty.
 */
function resolveSharedStrings(parts: Parts, partName: string | undefined, uses: readonly SharedCell[]): void {
  if (uses.length === 0) return;
  const needed = new Set(uses.map((u) => u.index));
  let last = -1;
  for (const i of needed) last = Math.max(last, i);
  const strings = new Map<number, SharedString>();
  if (partName !== undefined && parts.has(partName)) {
    let index = -1;
    let current: SharedString | undefined;
    let inText = false;
    let phonetic = 0;
    let siOpen = 0;
    let complete = false;
    parts.scan(
      partName,
      {
        open(name, attrs) {
          if (name === "si") {
            siOpen++;
            index++;
            current = needed.has(index) ? { text: "", font: undefined } : undefined;
            if (current) strings.set(index, current);
            inText = false;
            phonetic = 0;
          } else if (current === undefined) return;
          else if (name === "rPh") phonetic++;
          else if (name === "t" && phonetic === 0) inText = true;
          else if (name === "rFont" && current.font === undefined) current.font = attrs.val;
        },
        text(text) {
          if (inText && current) current.text += text;
        },
        close(name) {
          if (name === "t") inText = false;
          else if (name === "rPh" && current) phonetic--;
          else if (name === "si") {
            siOpen--;
            if (index >= last) complete = true;
          }
        },
        sharedString(text) {
          if (siOpen > 0) return false;
          index++;
          current = undefined;
          if (needed.has(index)) strings.set(index, { text, font: undefined });
          if (index >= last) complete = true;
          return true;
        },
        enough: () => complete,
      },
      { part: partName },
    );
  }
  for (const use of uses) {
    const shared = strings.get(use.index);
    if (shared === undefined)
      throw new PackageDamaged(`${use.partName} ${use.ref}: shared string ${use.index} does not exist`);
    const text = unescapeXstring(shared.text);
    if (text === "" && use.raw.formula === undefined) use.cells.delete(use.ref);
    use.raw.value = own(text);
    if (shared.font !== undefined) use.raw.font = own(shared.font);
  }
}

interface CellFormat {
  numberFormat: string | undefined;
  font: string | undefined;
}

/** ECMA-376 18.8.30: the built-in formats a file may use by id alone; locale-dependent ids are left out. */
const BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** The cell formats (cellXfs), by style index. */
function readStyles(parts: Parts, partName: string): readonly Readonly<CellFormat>[] {
  const customFormats = new Map<number, string>();
  const fonts: (string | undefined)[] = [];
  const xfs: { numFmtId: number; fontId: number }[] = [];
  const path: string[] = [];
  let complete = false;
  parts.scan(partName, {
    open(name, attrs) {
      const parent = path[path.length - 1];
      if (name === "numFmt" && parent === "numFmts")
        customFormats.set(Number(attrs.numFmtId), own(attrs.formatCode ?? ""));
      else if (name === "font" && parent === "fonts") fonts.push(undefined);
      else if (name === "name" && parent === "font" && path[path.length - 2] === "fonts")
        fonts[fonts.length - 1] = attrs.val === undefined ? undefined : own(attrs.val);
      else if (name === "xf" && parent === "cellXfs")
        xfs.push({ numFmtId: Number(attrs.numFmtId ?? 0), fontId: Number(attrs.fontId ?? 0) });
      path.push(name);
    },
    close(name) {
      path.pop();
      // Cell formats come after the number formats and fonts they use; what follows (differential formats for conditional formatting, table styles) is not read.
      if (name === "cellXfs") complete = true;
    },
    enough: () => complete,
  });
  return xfs.map(({ numFmtId, fontId }) => {
    const code = customFormats.get(numFmtId) ?? BUILTIN_FORMATS[numFmtId];
    return {
      numberFormat: code === undefined || /^general$/i.test(code) ? undefined : code,
      font: fonts[fontId],
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Worksheets

interface SheetContext {
  styles: readonly CellFormat[];
  date1904: boolean;
  /** Cells read that hold a shared string, given their text once every sheet is read. */
  sharedCells: SharedCell[];
  /** Cells kept from every sheet so far. */
  cellsKept: number;
}

interface SharedCell {
  cells: Map<string, RawCell>;
  ref: string;
  raw: RawCell;
  index: number;
  partName: string;
}

/** Days between the 1900 and 1904 date systems' day 0. */
const DAYS_1904 = 1462;

interface OpenCell {
  ref: string;
  row: number;
  col: number;
  style: number;
  type: string;
  formula:
    { text: string; type: string | undefined; shareId: string | undefined; isMaster: boolean } | undefined;
  v: string | undefined;
  inline: SharedString | undefined;
}

function readSheet(
  parts: Parts,
  partName: string,
  where: { sheet: string },
  context: SheetContext,
  firstRowOnly = false,
): Map<string, RawCell> {
  const { limits } = parts;
  const cells = new Map<string, RawCell>();
  let cellCount = 0;
  const sharedMasters = new Map<string, { formula: string; row: number; col: number }>();
  let row = 0;
  let col = 0;
  let cell: OpenCell | undefined;
  let capture: "f" | "v" | "t" | undefined;
  let phonetic = 0;
  let complete = false;

  /** The cell a `<c>` with these attributes opens; none past row 1 when only row 1 is read. */
  const startCell = (
    r: string | undefined,
    s: string | undefined,
    t: string | undefined,
  ): OpenCell | undefined => {
    if (++cellCount > limits.cellsPerSheet)
      throw new LimitExceeded("cellsPerSheet", limits.cellsPerSheet, undefined, where);
    if (r === undefined) col++;
    else {
      const at = refPosition(r);
      if (at < 0) throw new PackageDamaged(`${partName}: cell reference "${r}"`);
      row = Math.floor(at / MAX_COL);
      col = (at % MAX_COL) + 1;
    }
    if (firstRowOnly && row > 1) {
      complete = true;
      return undefined;
    }
    return {
      // Kept as written when cellRef would write it so: a reference is at most 12
      // characters, which V8 copies rather than slices from the part's text.
      ref: r !== undefined && isPlainRef(r) ? r : cellRef(row, col),
      row,
      col,
      style: Number(s ?? 0),
      type: t ?? "n",
      formula: undefined,
      v: undefined,
      inline: undefined,
    };
  };
  const endCell = (done: OpenCell): void => {
    const raw = finishCell(done, context, sharedMasters, partName);
    if (raw === null) return;
    if (++context.cellsKept > limits.cells)
      throw new LimitExceeded("cells", limits.cells, undefined, undefined);
    cells.set(done.ref, raw);
    if (done.type === "s")
      context.sharedCells.push({ cells, ref: done.ref, raw, index: Number(done.v), partName });
  };

  parts.scan(
    partName,
    {
      open(name, attrs) {
        if (complete) return;
        if (cell === undefined) {
          if (name === "row") {
            row = attrs.r === undefined ? row + 1 : Number(attrs.r);
            col = 0;
            // Past row 1: the scan stops at the next end tag.
            if (firstRowOnly && row > 1) complete = true;
          } else if (name === "c") cell = startCell(attrs.r, attrs.s, attrs.t);
          return;
        }
        if (name === "f") {
          cell.formula = { text: "", type: attrs.t, shareId: attrs.si, isMaster: attrs.ref !== undefined };
          capture = "f";
        } else if (name === "v") {
          cell.v = "";
          capture = "v";
        } else if (name === "is") cell.inline = { text: "", font: undefined };
        else if (name === "rPh") phonetic++;
        else if (name === "t" && cell.inline && phonetic === 0) capture = "t";
        else if (name === "rFont" && cell.inline && cell.inline.font === undefined)
          cell.inline.font = attrs.val;
      },
      text(text) {
        if (complete || cell === undefined || capture === undefined) return;
        if (capture === "f" && cell.formula) cell.formula.text += text;
        else if (capture === "v") cell.v += text;
        else if (capture === "t" && cell.inline) cell.inline.text += text;
      },
      close(name) {
        if (complete) return;
        if (name === "f" || name === "v" || name === "t") capture = undefined;
        else if (name === "rPh") phonetic--;
        else if (name === "c" && cell !== undefined) {
          endCell(cell);
          cell = undefined;
        } else if (name === "sheetData") complete = true;
      },
      cell(r, s, t, v) {
        if (complete || cell !== undefined) return false;
        const whole = startCell(r, s, t);
        if (whole !== undefined) {
          whole.v = v;
          endCell(whole);
        }
        return true;
      },
      // What follows the cells (merges, conditional formats, data validations, page set-up) is not read.
      enough: () => complete,
    },
    where,
    firstRowOnly,
    SHEET_DATA_END,
  );
  return cells;
}

/**
 * The end of a sheet's cells as Excel writes it, unprefixed (a prefixed one is read through), found
 * by its "h", which no cell's markup holds: searched by "<", a chunk of dense cells took four times
 * as long.
 */
const SHEET_DATA_END: SoughtBytes = { bytes: new TextEncoder().encode("</sheetData>"), anchor: 3 };

const DOLLAR = 0x24;

/**
 * Where a cell reference ("B7", "$B$7", "b7") points, as row × MAX_COL + column − 1; -1 when it is
 * not one or points outside a sheet. Read by character codes, without a match object: it runs for
 * every cell read.
 */
function refPosition(ref: string): number {
  let i = ref.charCodeAt(0) === DOLLAR ? 1 : 0;
  const lettersAt = i;
  let col = 0;
  for (let c = ref.charCodeAt(i) | 0x20; c >= 0x61 && c <= 0x7a; c = ref.charCodeAt(++i) | 0x20)
    col = col * 26 + (c - 0x60);
  const letters = i - lettersAt;
  if (ref.charCodeAt(i) === DOLLAR) i++;
  const digitsAt = i;
  let row = 0;
  for (let c = ref.charCodeAt(i); c >= 0x30 && c <= 0x39; c = ref.charCodeAt(++i))
    row = row * 10 + (c - 0x30);
  if (letters < 1 || letters > 3 || i === digitsAt || i !== ref.length) return -1;
  if (row < 1 || row > MAX_ROW || col > MAX_COL) return -1;
  return row * MAX_COL + col - 1;
}

/** Whether a reference is written as cellRef writes it: capitals, then digits without a leading zero. */
function isPlainRef(ref: string): boolean {
  let i = 0;
  for (let c = ref.charCodeAt(0); c >= 0x41 && c <= 0x5a; c = ref.charCodeAt(++i));
  const first = ref.charCodeAt(i);
  return i > 0 && first >= 0x31 && first <= 0x39;
}

function finishCell(
  cell: OpenCell,
  context: SheetContext,
  sharedMasters: Map<string, { formula: string; row: number; col: number }>,
  partName: string,
): RawCell | null {
  const format = context.styles[cell.style] ?? context.styles[0];
  let font = format?.font;
  let value: RawCell["value"] = null;
  let error: string | undefined;
  const v = cell.v;
  switch (cell.type) {
    case "s":
      // Its text comes later, from resolveSharedStrings.
      if (v === undefined || !/^\s*\d+\s*$/.test(v))
        throw new PackageDamaged(`${partName} ${cell.ref}: shared string ${v ?? "(none)"} does not exist`);
      value = "";
      break;
    case "inlineStr":
      value = cell.inline ? own(unescapeXstring(cell.inline.text)) : null;
      font = cell.inline?.font === undefined ? font : own(cell.inline.font);
      break;
    case "str":
      value = v === undefined ? null : own(unescapeXstring(v));
      break;
    case "b":
      value = v === undefined || v.trim() === "" ? null : v.trim() === "1" || v.trim() === "true";
      break;
    case "e":
      error = v?.trim() || undefined;
      break;
    case "d":
      value = v === undefined || v.trim() === "" ? null : isoToSerial(v.trim(), partName, cell.ref);
      break;
    default: {
      if (v === undefined || v.trim() === "") break;
      const n = Number(v);
      if (!Number.isFinite(n)) throw new PackageDamaged(`${partName} ${cell.ref}: the number "${v}"`);
      value = context.date1904 && isDateFormat(format?.numberFormat) ? n + DAYS_1904 : n;
    }
  }

  const formula = formulaOf(cell, sharedMasters);
  if (cell.type !== "s" && formula === undefined && error === undefined && (value === null || value === ""))
    return null;
  const raw: RawCell = { value };
  if (formula !== undefined) raw.formula = own(formula);
  if (error !== undefined) raw.error = error;
  if (format?.numberFormat !== undefined) raw.numberFormat = format.numberFormat;
  if (font !== undefined) raw.font = font;
  return raw;
}

function isoToSerial(iso: string, partName: string, ref: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(iso);
  if (!m) throw new PackageDamaged(`${partName} ${ref}: the date "${iso}"`);
  const [, y, mo, d, h = "0", mi = "0", s = "0"] = m;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi)) + Number(s) * 1000;
  return utcMsToExcelSerial(ms);
}

function formulaOf(
  cell: OpenCell,
  sharedMasters: Map<string, { formula: string; row: number; col: number }>,
): string | undefined {
  const f = cell.formula;
  if (f === undefined) return undefined;
  let text = f.text;
  if (f.type === "shared" && f.shareId !== undefined) {
    if (f.isMaster && text !== "")
      sharedMasters.set(f.shareId, { formula: text, row: cell.row, col: cell.col });
    else {
      const master = sharedMasters.get(f.shareId);
      text = master ? shiftFormula(master.formula, cell.row - master.row, cell.col - master.col) : "";
    }
  }
  return text === "" ? undefined : `=${outsideLiterals(text, (part) => part.replace(/_xl(?:fn|ws)\./g, ""))}`;
}

/** Applies `edit` to the parts of a formula outside "string literals" and 'quoted sheet names'. */
function outsideLiterals(formula: string, edit: (part: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) => (i % 2 === 1 ? part : edit(part)))
    .join("");
}

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;
/** A1 cells, whole columns (A:C) and whole rows (3:5), each part possibly absolute. */
const REFERENCE =
  /(?<![A-Za-z0-9_.$])(?:(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})|(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})|(\$?)(\d{1,7}):(\$?)(\d{1,7}))(?![A-Za-z0-9_(!])/g;

/** A shared formula as it reads in a cell `dRow` rows and `dCol` columns from its master. */
function shiftFormula(formula: string, dRow: number, dCol: number): string {
  const shiftCol = (abs: string, letters: string): string | null => {
    const n = abs ? columnNumber(letters) : columnNumber(letters) + dCol;
    return n < 1 || n > MAX_COL ? null : abs + columnLetters(n);
  };
  const shiftRow = (abs: string, digits: string): string | null => {
    const n = abs ? Number(digits) : Number(digits) + dRow;
    return n < 1 || n > MAX_ROW ? null : abs + String(n);
  };
  return outsideLiterals(formula, (part) =>
    part.replace(REFERENCE, (_whole, ...groups: (string | undefined)[]) => {
      const g = (i: number): string => groups[i] ?? "";
      const pieces =
        groups[1] !== undefined
          ? [shiftCol(g(0), g(1)), shiftRow(g(2), g(3))]
          : groups[5] !== undefined
            ? [shiftCol(g(4), g(5)), ":", shiftCol(g(6), g(7))]
            : [shiftRow(g(8), g(9)), ":", shiftRow(g(10), g(11))];
      return pieces.some((p) => p === null) ? "#REF!" : pieces.join("");
    }),
  );
}
