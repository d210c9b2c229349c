import type { RegistryPhrase } from "../i18n/phrase";
import { foldForMatch } from "../text/fold";

/**
 * A kind of reporting unit, by its code in the registry. "X" (communes, wards, townships) and "C"
 * (agencies) are also the catalogue's scopes: an indicator scoped X or C is asked of units of that
 * kind only; units of any other kind answer the indicators of scope B.
 */

/**
 * A unit's code: capitals, digits and "-", at most 26 characters, so that its template sheet
 * "<code> <year>" fits Excel's 31 and two units' sheets never share a name.
 */
const UNIT_CODE = /^[A-Z0-9][A-Z0-9-]{0,25}$/;
export type UnitKind = string;

/** A kind as the report shows it: a column and a block per kind, in the registry's order. */
export interface UnitKindInfo {
  code: UnitKind;
  /** "Xã, thị trấn": the kind of one unit, in lists. */
  label: string;
  /** "Khối xã, thị trấn": the heading of the kind's column and block in the report. */
  heading: string;
  /** "UBND": the body a unit of this kind issues its report under, before its name ("UBND Xã Xuân Hòa"); the name alone when absent. */
  issuer?: string;
  /** The signature block of its reports, line by line ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"); SIGNER when absent. */
  signer?: readonly string[];
}

/** Who signs a unit's report when its kind does not say: the head of the unit. */
export const SIGNER: readonly string[] = ["THỦ TRƯỞNG ĐƠN VỊ"];

/** The kinds of a registry that declares none: a district's communes (their People's Committee signs) and agencies. */
export const STANDARD_KINDS: readonly UnitKindInfo[] = [
  {
    code: "X",
    label: "Xã, thị trấn",
    heading: "Khối xã, thị trấn",
    issuer: "UBND",
    signer: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
  },
  { code: "C", label: "Cơ quan, đơn vị", heading: "Khối cơ quan, đơn vị", signer: SIGNER },
];

/** The body a kind's reports are issued under ("UBND"): its own, else the standard kind's of its code. */
export function issuingBody(kind: Pick<UnitKindInfo, "code" | "issuer">): string | undefined {
  return kind.issuer ?? STANDARD_KINDS.find((k) => k.code === kind.code)?.issuer;
}

/** The signature block of a kind's reports: its own, else the standard kind's of its code, else SIGNER. */
export function signerOf(kind: Pick<UnitKindInfo, "code" | "signer">): readonly string[] {
  return kind.signer ?? STANDARD_KINDS.find((k) => k.code === kind.code)?.signer ?? SIGNER;
}

/** The registry's kinds, in its order (the standard two when it declares none). */
export function kindsOf(registry: UnitRegistry): readonly UnitKindInfo[] {
  return registry.kinds !== undefined && registry.kinds.length > 0 ? registry.kinds : STANDARD_KINDS;
}

/** A kind's label, or its code when the list does not know it. */
export function kindLabel(kinds: readonly UnitKindInfo[], code: UnitKind): string {
  return kinds.find((k) => k.code === code)?.label ?? code;
}

export interface Unit {
  code: string;
  /** As the registry writes it, e.g. "Xã Xuân Hòa". */
  name: string;
  kind: UnitKind;
  /** The body above the unit, shown on the template's top-left line, e.g. "UBND huyện Xuân Lộc". */
  parent: string;
  gsoCode?: string;
  /** ISO dates, inclusive; open when absent. */
  validFrom?: string;
  validTo?: string;
  aliases: readonly string[];
  /** Codes of the units it was formed from (a merged commune names the communes merged into it). */
  predecessors?: readonly string[];
  /** The place of its documents' date line ("Xuân Hòa, ngày …"), when the registry names one. */
  place?: string;
  /** What follows "BC-" in its reports' number ("Số: …/BC-UBND"), when the registry names one. */
  symbol?: string;
  /** The office its report goes to. */
  office?: ReceivingOffice;
  /** Its kind as the registry declares it (issuer, signer); absent for the standard kinds. */
  kindInfo?: UnitKindInfo;
}

/** The office that receives the units' reports and rolls them up, as its documents name it. */
export interface ReceivingOffice {
  /** Its code among the reporting units when it reports too (Phòng Nội vụ), or a code of its own. */
  code: string;
  /** "Phòng Nội vụ". */
  name: string;
  /** The body above it, as written in a sentence: "UBND huyện Xuân Lộc". */
  superior: string;
  /** The place of its date line: "Xuân Lộc". */
  place: string;
  /** What follows "BC-" in its reports' number: "NV". */
  symbol: string;
  /** "Nơi nhận" of its report, in order. */
  recipients: readonly string[];
  /** "TRƯỞNG PHÒNG". */
  signerTitle: string;
  validFrom?: string;
  validTo?: string;
}

/** A line of the list not taken, as its code and what it names (its sentences: domain/i18n). */
export type RegistryIssue = RegistryPhrase;

export interface UnitRegistry {
  units: readonly Unit[];
  /** The receiving offices with their periods; none in a registry that lists only units. */
  offices?: readonly ReceivingOffice[];
  /** The kinds of its units, in order; STANDARD_KINDS when absent. */
  kinds?: readonly UnitKindInfo[];
}

/** The sheet a workbook keeps its own unit list in, columns as REGISTRY_COLUMNS. */
export const REGISTRY_SHEET = "DVCQ_DonVi";

/**
 * The columns of a registry (CSV or sheet). A row of kind `office` is the receiving office: its
 * name, `parent` the body above it, `place`, `symbol`, `recipients` (separated by ";") and `signer`.
 * A row of kind `kind` declares a kind of unit: `code` its code, `name` its label, `parent` the
 * heading of its column in the report, `symbol` the body its units' reports are issued under
 * ("UBND"), `signer` their signature block (lines separated by ";"); the units' kinds are then
 * those declared, in that order.
 */
export const REGISTRY_COLUMNS = [
  "code",
  "name",
  "kind",
  "parent",
  "gso",
  "valid_from",
  "valid_to",
  "aliases",
  "predecessors",
  "place",
  "symbol",
  "recipients",
  "signer",
] as const;

/** The kind of a registry row that describes the receiving office rather than a reporting unit. */
export const OFFICE_KIND = "office";
/** The kind of a registry row that declares a kind of unit. */
export const KIND_ROW = "kind";

/**
 * The level of the body an office belongs to, as Vietnamese names it in its superior ("UBND huyện
 * Xuân Lộc" → "huyện", "UBND tỉnh Đồng Nai" → "tỉnh"): the area its roll-up covers. Longer words
 * first, so "thành phố" is not read as a shorter one.
 */
const AREA_WORDS = ["thành phố", "thị trấn", "thị xã", "đặc khu", "phường", "tỉnh", "huyện", "quận", "xã"];
const BODY_PREFIX = /^(ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+/i;

/** "huyện": the area the office's roll-up covers, from its superior's name; null when it does not say. */
export function areaOf(office: ReceivingOffice | null): string | null {
  const rest = (office?.superior ?? "")
    .normalize("NFC")
    .trim()
    .replace(BODY_PREFIX, "")
    .toLocaleLowerCase("vi");
  return AREA_WORDS.find((w) => rest.startsWith(`${w} `)) ?? null;
}

/** The heading of the report's column of all units together: "Toàn huyện", "Toàn tỉnh"; "Tổng cộng" without an area. */
export function wholeHeading(office: ReceivingOffice | null): string {
  const area = areaOf(office);
  return area === null ? "Tổng cộng" : `Toàn ${area}`;
}

/** The last row of a table by unit: "TỔNG CỘNG (TOÀN HUYỆN)", "TỔNG CỘNG" without an area. */
export function wholeTotalRow(office: ReceivingOffice | null): string {
  const area = areaOf(office);
  return area === null ? "TỔNG CỘNG" : `TỔNG CỘNG (TOÀN ${area.toLocaleUpperCase("vi")})`;
}

/** The same in a sentence: "so với toàn huyện", or "so với mức chung" without an area. */
export function wholeInSentence(office: ReceivingOffice | null): string {
  const area = areaOf(office);
  return area === null ? "mức chung" : `toàn ${area}`;
}

/** The office receiving reports for the period from..to: of those valid in it, the one valid latest. */
export function officeFor(registry: UnitRegistry, from: string, to: string): ReceivingOffice | undefined {
  return latestOverlapping(registry.offices ?? [], from, to);
}

function latestOverlapping<T extends { validFrom?: string; validTo?: string }>(
  items: readonly T[],
  from: string,
  to: string,
): T | undefined {
  const overlapping = items.filter(
    (o) => (o.validFrom === undefined || o.validFrom <= to) && (o.validTo === undefined || o.validTo >= from),
  );
  return overlapping.sort((a, b) => (b.validTo ?? "9999-12-31").localeCompare(a.validTo ?? "9999-12-31"))[0];
}

/**
 * What the date cells of a draft registry hold until the clerk types the dates: a row with it is
 * reported and left out, so no unit counts for a new period before someone has said it exists.
 */
export const DATE_TO_FILL = "yyyy-mm-dd";

/** The last day before `from` on which any unit was valid, when the list ended before `from`. */
export function lastValidDayBefore(registry: UnitRegistry, from: string): string | undefined {
  const ends = registry.units.flatMap((u) =>
    u.validTo !== undefined && u.validTo < from ? [u.validTo] : [],
  );
  return ends.sort().at(-1);
}

/**
 * The rows a registry for the period from..to starts from: the registry as it is when it has
 * units in the period; otherwise the units (and the receiving office) valid on its last day before
 * the period, with the dates left to fill (DATE_TO_FILL) and the rest kept for the clerk to correct.
 */
export function draftRegistryRows(registry: UnitRegistry, from: string, to: string): string[][] {
  const last = lastValidDayBefore(registry, from);
  if (unitsValidIn(registry, from, to).length > 0 || last === undefined) return registryToRows(registry);
  const redated = <T extends { validFrom?: string; validTo?: string }>({ validTo: _, ...item }: T) => ({
    ...item,
    validFrom: DATE_TO_FILL,
  });
  const office = officeFor(registry, last, last);
  return registryToRows({
    units: unitsValidIn(registry, last, last).map(redated),
    ...(office ? { offices: [redated(office)] } : {}),
    ...(registry.kinds ? { kinds: registry.kinds } : {}),
  });
}

/** Units valid on any day of the given period. */
export function unitsValidIn(registry: UnitRegistry, from: string, to: string): Unit[] {
  return registry.units.filter(
    (u) => (u.validFrom === undefined || u.validFrom <= to) && (u.validTo === undefined || u.validTo >= from),
  );
}

export function findUnitByCode(registry: UnitRegistry, code: string): Unit | undefined {
  const wanted = code.trim().toUpperCase();
  return registry.units.find((u) => u.code === wanted);
}

/** Matches a typed name or alias ("UBND xã Xuân Hoà", "P. Nội vụ") to a unit. */
export function findUnitByName(registry: UnitRegistry, text: string): Unit | undefined {
  const wanted = stripUnitPrefix(foldForMatch(text));
  return registry.units.find((u) =>
    [u.name, ...u.aliases].some((n) => stripUnitPrefix(foldForMatch(n)) === wanted),
  );
}

const UNIT_PREFIXES = [
  "ubnd xa ",
  "ubnd thi tran ",
  "ubnd tt ",
  "uy ban nhan dan xa ",
  "xa ",
  "x. ",
  "thi tran ",
  "tt. ",
  "tt ",
  "phong ",
  "p. ",
];

function stripUnitPrefix(folded: string): string {
  for (const p of UNIT_PREFIXES) if (folded.startsWith(p)) return folded.slice(p.length).trim();
  return folded;
}

/**
 * A registry from rows of cells (a CSV file or a registry sheet). The first row is the header, with
 * the columns of REGISTRY_COLUMNS in any order; aliases are separated by ";". A row whose first cell
 * starts with "#" is a comment.
 */
export function registryFromRows(rows: readonly (readonly string[])[]): {
  registry: UnitRegistry;
  issues: RegistryIssue[];
} {
  const issues: RegistryIssue[] = [];
  // Blank rows, and comment rows (a first cell starting with "#", never a code), are not units.
  const skipped = (row: readonly string[]): boolean =>
    row.every((v) => v.trim() === "") || (row[0] ?? "").trim().startsWith("#");
  const headerAt = Math.max(
    0,
    rows.findIndex((row) => !skipped(row)),
  );
  const header = (rows[headerAt] ?? []).map((h) => h.trim().toLowerCase());
  const index = Object.fromEntries(REGISTRY_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<
    (typeof REGISTRY_COLUMNS)[number],
    number
  >;
  const missing = (["code", "name", "kind"] as const).filter((c) => index[c] < 0);
  if (missing.length > 0) {
    issues.push({
      code: "REGISTRY_COLUMNS",
      line: headerAt + 1,
      missing,
      columns: REGISTRY_COLUMNS,
    });
    return { registry: { units: [] }, issues };
  }
  const units: Unit[] = [];
  const offices: ReceivingOffice[] = [];
  const toFill: { line: number; code: string }[] = [];
  const kinds: UnitKindInfo[] = [];
  const lineOf = new Map<string, number>();
  rows.forEach((row, i) => {
    const line = i + 1;
    if (i <= headerAt || skipped(row)) return;
    const cell = (c: (typeof REGISTRY_COLUMNS)[number]): string =>
      index[c] < 0 ? "" : (row[index[c]] ?? "").normalize("NFC").trim();
    const list = (c: (typeof REGISTRY_COLUMNS)[number]): string[] =>
      cell(c)
        .split(";")
        .map((a) => a.trim())
        .filter((a) => a !== "");
    const code = cell("code").toUpperCase();
    const kind = cell("kind").toUpperCase();
    const validFrom = isoDateOrEmpty(cell("valid_from"));
    const validTo = isoDateOrEmpty(cell("valid_to"));
    const isOffice = kind === OFFICE_KIND.toUpperCase();
    if (kind === KIND_ROW.toUpperCase()) {
      if (!/^[A-Z0-9]{1,8}$/.test(code) || cell("name") === "" || kinds.some((k) => k.code === code))
        issues.push({ code: "REGISTRY_ROW", line, row: "kind" });
      else {
        const label = cell("name");
        const [issuer, signer] = [cell("symbol"), list("signer")];
        kinds.push({
          code,
          label,
          heading: cell("parent") || `Khối ${label.toLocaleLowerCase("vi")}`,
          ...(issuer ? { issuer } : {}),
          ...(signer.length > 0 ? { signer } : {}),
        });
      }
      return;
    }
    if (cell("valid_from") === DATE_TO_FILL || cell("valid_to") === DATE_TO_FILL) {
      toFill.push({ line, code: code || cell("name") });
      return;
    }
    if (
      !UNIT_CODE.test(code) ||
      cell("name") === "" ||
      !/^[A-Z0-9]{1,8}$/.test(kind) ||
      validFrom === null ||
      validTo === null
    ) {
      issues.push({ code: "REGISTRY_ROW", line, row: "unit", office: OFFICE_KIND });
      return;
    }
    if (isOffice) {
      offices.push({
        code,
        name: cell("name"),
        superior: cell("parent"),
        place: cell("place"),
        symbol: cell("symbol"),
        recipients: list("recipients"),
        signerTitle: cell("signer"),
        ...(validFrom ? { validFrom } : {}),
        ...(validTo ? { validTo } : {}),
      });
      return;
    }
    if (units.some((u) => u.code === code)) {
      issues.push({ code: "REGISTRY_DUPLICATE", line, unit: code });
      return;
    }
    const [gso, place, symbol, predecessors] = [
      cell("gso"),
      cell("place"),
      cell("symbol"),
      list("predecessors"),
    ];
    lineOf.set(code, line);
    units.push({
      code,
      name: cell("name"),
      kind,
      parent: cell("parent"),
      ...(gso ? { gsoCode: gso } : {}),
      ...(validFrom ? { validFrom } : {}),
      ...(validTo ? { validTo } : {}),
      aliases: list("aliases"),
      ...(predecessors.length > 0 ? { predecessors: predecessors.map((p) => p.toUpperCase()) } : {}),
      ...(place ? { place } : {}),
      ...(symbol ? { symbol } : {}),
    });
  });
  // A unit's kind is one the registry declares (or X or C when it declares none).
  const known = new Set((kinds.length > 0 ? kinds : STANDARD_KINDS).map((k) => k.code));
  const kept = units.filter((u) => known.has(u.kind));
  for (const u of units.filter((u) => !known.has(u.kind))) {
    issues.push({
      code: "REGISTRY_ROW",
      line: lineOf.get(u.code) ?? null,
      row: "kind unknown",
      kind: u.kind,
      kinds: [...known],
    });
  }
  units.splice(0, units.length, ...kept);
  const [first] = toFill;
  if (first !== undefined) {
    issues.push({
      code: "REGISTRY_TO_FILL",
      line: first.line,
      rows: toFill.map((r) => r.code),
      placeholder: DATE_TO_FILL,
    });
  }
  for (const unit of units) {
    const office = latestOverlapping(offices, unit.validFrom ?? "0000-01-01", unit.validTo ?? "9999-12-31");
    if (office) unit.office = office;
    // Declared kinds travel with the unit to its template; the standard ones are found by code there.
    const kind = kinds.find((k) => k.code === unit.kind);
    if (kind) unit.kindInfo = kind;
  }
  if (units.length === 0 && issues.length === 0) {
    issues.push({ code: "REGISTRY_EMPTY", line: null });
  }
  return {
    registry: {
      units,
      ...(offices.length > 0 ? { offices } : {}),
      ...(kinds.length > 0 ? { kinds } : {}),
    },
    issues,
  };
}

/** "" for blank, null for something that is not yyyy-mm-dd. */
function isoDateOrEmpty(text: string): string | "" | null {
  if (text === "") return "";
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : null;
}

/** RFC 4180 CSV (quotes, doubled quotes, CRLF), UTF-8 with or without BOM. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i] as string;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && src[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const blank = (n: number): string[] => Array<string>(n).fill("");

export function registryToRows(registry: UnitRegistry): string[][] {
  return [
    [...REGISTRY_COLUMNS],
    ...(registry.kinds ?? []).map((k) => [
      k.code,
      k.label,
      KIND_ROW,
      k.heading,
      ...blank(6),
      k.issuer ?? "",
      "",
      (k.signer ?? []).join("; "),
    ]),
    ...(registry.offices ?? []).map((o) => [
      o.code,
      o.name,
      OFFICE_KIND,
      o.superior,
      "",
      o.validFrom ?? "",
      o.validTo ?? "",
      "",
      "",
      o.place,
      o.symbol,
      o.recipients.join("; "),
      o.signerTitle,
    ]),
    ...registry.units.map((u) => [
      u.code,
      u.name,
      u.kind,
      u.parent,
      u.gsoCode ?? "",
      u.validFrom ?? "",
      u.validTo ?? "",
      u.aliases.join("; "),
      (u.predecessors ?? []).join("; "),
      u.place ?? "",
      u.symbol ?? "",
      "",
      "",
    ]),
  ];
}
