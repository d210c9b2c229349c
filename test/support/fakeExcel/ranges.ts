import { type RangeAddress } from "../../../src/domain/layout/a1";
import { cellCount, formatAddress, overlaps } from "./address";
import { ClientObject, PropDef, Props, defineProps, seal } from "./clientObject";
import { ConditionalFormatCollectionProxy } from "./conditionalFormats";
import { DataValidationProxy } from "./dataValidation";
import { FakeOfficeError, invalidArgument } from "./errors";
import { CellModel, FakeSheet, newCell, quoteSheet } from "./model";
import { RangeFormatProxy } from "./rangeFormat";
import { typeInto } from "./typedText";

/** The fake keeps cells one by one; cell-level work on bigger ranges is refused rather than slow. */
const MAX_CELL_OPERATION = 2_000_000;

export type RangeTarget = { sheet: FakeSheet; addr: RangeAddress };

export function forEachCell(
  t: RangeTarget,
  where: string,
  fn: (cell: CellModel, r: number, c: number) => void,
): void {
  if (cellCount(t.addr) > MAX_CELL_OPERATION)
    throw new Error(`The fake does not do cell-level work on ${formatAddress(t.addr)} (${where}).`);
  for (let r = t.addr.top; r <= t.addr.bottom; r++) {
    for (let c = t.addr.left; c <= t.addr.right; c++)
      fn(t.sheet.model(r, c), r - t.addr.top, c - t.addr.left);
  }
}

function readGrid(t: RangeTarget, fn: (cell: CellModel | undefined) => unknown): unknown[][] {
  if (cellCount(t.addr) > MAX_CELL_OPERATION)
    throw new Error(`The fake does not read ${formatAddress(t.addr)}.`);
  const rows: unknown[][] = [];
  for (let r = t.addr.top; r <= t.addr.bottom; r++) {
    const row: unknown[] = [];
    for (let c = t.addr.left; c <= t.addr.right; c++) row.push(fn(t.sheet.peek(r, c)));
    rows.push(row);
  }
  return rows;
}

/** A scalar or a 2-D array exactly the range's size, as Office.js requires. */
function gridInput(t: RangeTarget, input: unknown, where: string): (r: number, c: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const rows = t.addr.bottom - t.addr.top + 1;
  const cols = t.addr.right - t.addr.left + 1;
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw invalidArgument(
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      where,
    );
  }
  return (r, c) => (input[r] as unknown[])[c];
}

/** Excel refuses changes to a protected sheet; `lockedOnly` lets values into unlocked cells. */
export function assertEditable(t: RangeTarget, where: string, kind: "content" | "format"): void {
  const { protected: isProtected, options } = t.sheet.protection;
  if (!isProtected) return;
  if (kind === "format" && options["allowFormatCells"] === true) return;
  let blocked = kind === "format";
  if (kind === "content") forEachCell(t, where, (cell) => (blocked ||= cell.locked));
  if (blocked)
    throw new FakeOfficeError(
      "AccessDenied",
      "The cell or chart you're trying to change is on a protected sheet.",
      where,
    );
}

function uniform(t: RangeTarget, fn: (cell: CellModel) => unknown): unknown {
  const values = readGrid(t, (cell) => JSON.stringify(fn(cell ?? newCell()))).flat();
  return values.every((v) => v === values[0]) ? JSON.parse(values[0] as string) : null;
}

export function formatProp(
  fn: (cell: CellModel) => unknown,
  apply: (cell: CellModel, value: unknown) => void,
  validate?: (v: unknown) => boolean,
  since?: string,
): PropDef<RangeTarget> {
  return {
    get: (t) => uniform(t, fn),
    set: (t, v, where) => {
      if (validate && !validate(v)) throw invalidArgument(`${JSON.stringify(v)} is not valid here.`, where);
      assertEditable(t, where, "format");
      forEachCell(t, where, (cell) => apply(cell, v));
    },
    ...(since ? { since } : {}),
  };
}

const RANGE_PROPS: Props<RangeTarget> = {
  values: {
    get: (t) => readGrid(t, (cell) => (cell === undefined ? "" : cell.value)),
    set: (t, v, where) => {
      const at = gridInput(t, v, where);
      assertEditable(t, where, "content");
      forEachCell(t, where, (cell, r, c) => typeInto(cell, at(r, c), where));
    },
  },
  formulas: {
    get: (t) => readGrid(t, (cell) => (cell === undefined ? "" : (cell.formula ?? cell.value))),
    set: (t, v, where) => {
      const at = gridInput(t, v, where);
      assertEditable(t, where, "content");
      forEachCell(t, where, (cell, r, c) => typeInto(cell, at(r, c), where));
    },
  },
  numberFormat: {
    get: (t) => readGrid(t, (cell) => cell?.numberFormat ?? "General"),
    set: (t, v, where) => {
      const at = gridInput(t, v, where);
      assertEditable(t, where, "format");
      forEachCell(t, where, (cell, r, c) => {
        const f = at(r, c);
        if (f === null || f === undefined) return;
        if (typeof f !== "string")
          throw invalidArgument(`A number format is text, not ${JSON.stringify(f)}.`, where);
        cell.numberFormat = f;
      });
    },
  },
  valueTypes: {
    get: (t) =>
      readGrid(t, (cell) => {
        if (cell === undefined) return "Empty";
        if (cell.isError) return "Error";
        if (cell.value === "") return cell.formula === null ? "Empty" : "String";
        return typeof cell.value === "string"
          ? "String"
          : typeof cell.value === "number"
            ? "Double"
            : "Boolean";
      }),
  },
  address: { get: (t) => `${quoteSheet(t.sheet.name)}!${formatAddress(t.addr)}` },
  rowIndex: { get: (t) => t.addr.top - 1 },
  columnIndex: { get: (t) => t.addr.left - 1 },
};

export class RangeProxy extends ClientObject<RangeTarget> {
  get _entity(): string {
    return "Range";
  }
  protected get _props(): Props<RangeTarget> {
    return RANGE_PROPS;
  }
  get format(): RangeFormatProxy {
    return this._nav(
      "format",
      () => new RangeFormatProxy(this.context, `${this._path}.format`, () => this._target()),
    );
  }
  get dataValidation(): DataValidationProxy {
    return this._nav(
      "dataValidation",
      () =>
        new DataValidationProxy(this.context, `${this._path}.dataValidation`, () => this._target(), "1.8"),
    );
  }
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return this._nav(
      "conditionalFormats",
      () =>
        new ConditionalFormatCollectionProxy(
          this.context,
          `${this._path}.conditionalFormats`,
          () => this._target(),
          "1.6",
        ),
    );
  }
  /** Office.js stops keeping the range for later syncs; the fake keeps no references, so nothing changes. */
  untrack(): RangeProxy {
    return this;
  }
  /** The used part of this range (cells with values or formulas, or valuesOnly false also formatted ones). */
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    const proxy = seal(
      new RangeProxy(this.context, `${this._path}.getUsedRangeOrNullObject(${valuesOnly})`, () => {
        const { sheet, addr } = this._target();
        const used = sheet.usedRange(valuesOnly);
        if (used === null || !overlaps(used, addr)) return null;
        return {
          sheet,
          addr: {
            top: Math.max(used.top, addr.top),
            left: Math.max(used.left, addr.left),
            bottom: Math.min(used.bottom, addr.bottom),
            right: Math.min(used.right, addr.right),
          },
        };
      }),
    );
    proxy._instantiate("1.4");
    return proxy;
  }
  /** A row of this range (0-based), as Office.js's client asks for it when it splits a big write. */
  getRow(row: number): RangeProxy {
    return seal(
      new RangeProxy(this.context, `${this._path}.getRow(${row})`, () => {
        const { sheet, addr } = this._target();
        if (!Number.isInteger(row) || row < 0 || addr.top + row > addr.bottom)
          throw invalidArgument(`Row ${row} is outside the range.`, "Range.getRow");
        return { sheet, addr: { ...addr, top: addr.top + row, bottom: addr.top + row } };
      }),
    );
  }
  getBoundingRect(other: RangeProxy): RangeProxy {
    return seal(
      new RangeProxy(this.context, `${this._path}.getBoundingRect(${other._path})`, () => {
        const { sheet, addr } = this._target();
        const o = other._target().addr;
        return {
          sheet,
          addr: {
            top: Math.min(addr.top, o.top),
            left: Math.min(addr.left, o.left),
            bottom: Math.max(addr.bottom, o.bottom),
            right: Math.max(addr.right, o.right),
          },
        };
      }),
    );
  }
  /** Office.js's check, before a write it splits, that the values fit the range (ExcelApi 1.3). */
  _ValidateArraySize(rows: number, columns: number): void {
    this._call(
      "_ValidateArraySize",
      { rows, columns },
      ({ addr }) => {
        if (addr.bottom - addr.top + 1 !== rows || addr.right - addr.left + 1 !== columns)
          throw invalidArgument(
            `The number of rows or columns in the input array doesn't match the size or dimensions of the range.`,
            "Range._ValidateArraySize",
          );
      },
      "1.3",
    );
  }
  select(): void {
    this._call("select", undefined, (t) => {
      if (t.sheet !== this.context.fake.active)
        throw new FakeOfficeError(
          "InvalidSelection",
          "Select a range on the active sheet only.",
          "Range.select",
        );
      t.sheet.selection = formatAddress(t.addr);
    });
  }
  merge(across = false): void {
    this._call("merge", across, (t) => {
      const where = "Range.merge";
      assertEditable(t, where, "format");
      if (across) throw new Error("The fake does not merge across.");
      if (t.sheet.merges.some((m) => overlaps(m, t.addr)))
        throw new FakeOfficeError(
          "InvalidOperation",
          `Cannot merge ${formatAddress(t.addr)}: it overlaps a merged area.`,
          where,
        );
      forEachCell(t, where, (cell, r, c) => {
        if (r !== 0 || c !== 0) Object.assign(cell, { value: "", formula: null, isError: false });
      });
      t.sheet.merges.push({ ...t.addr });
    });
  }
}
defineProps(RangeProxy, RANGE_PROPS);

/** A range given to add(): a Range proxy of this context. */
export function rangeArgument(value: unknown, where: string): RangeTarget {
  if (!(value instanceof RangeProxy)) throw invalidArgument("Expected a Range object.", where);
  return value._target();
}
