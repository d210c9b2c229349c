import { ClientObject, PropDef, Props, defineProps, seal } from "./clientObject";
import { FakeOfficeError, invalidArgument } from "./errors";
import { BordersModel } from "./model";
import { RangeTarget, assertEditable, forEachCell, formatProp } from "./ranges";

const HORIZONTAL = new Set([
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
]);
const VERTICAL = new Set(["Top", "Center", "Bottom", "Justify", "Distributed"]);

function lineProp(axis: "columns" | "rows"): PropDef<RangeTarget> {
  return {
    get: (t) => {
      const map = axis === "columns" ? t.sheet.columnWidths : t.sheet.rowHeights;
      const from = axis === "columns" ? t.addr.left : t.addr.top;
      return map.get(from) ?? null;
    },
    set: (t, v, where) => {
      if (typeof v !== "number" || v < 0)
        throw invalidArgument(`A size in points ≥ 0, not ${String(v)}.`, where);
      const { protected: isProtected, options } = t.sheet.protection;
      if (isProtected && options[axis === "columns" ? "allowFormatColumns" : "allowFormatRows"] !== true) {
        throw new FakeOfficeError("AccessDenied", "The sheet is protected.", where);
      }
      const [from, to] = axis === "columns" ? [t.addr.left, t.addr.right] : [t.addr.top, t.addr.bottom];
      for (let i = from; i <= to; i++)
        (axis === "columns" ? t.sheet.columnWidths : t.sheet.rowHeights).set(i, v);
    },
    since: "1.2",
  };
}

const RANGE_FORMAT_PROPS: Props<RangeTarget> = {
  horizontalAlignment: formatProp(
    (c) => c.horizontal,
    (c, v) => (c.horizontal = v as string),
    (v) => HORIZONTAL.has(v as string),
  ),
  verticalAlignment: formatProp(
    (c) => c.vertical,
    (c, v) => (c.vertical = v as string),
    (v) => VERTICAL.has(v as string),
  ),
  wrapText: formatProp(
    (c) => c.wrap,
    (c, v) => (c.wrap = v as boolean),
    (v) => typeof v === "boolean",
  ),
  indentLevel: formatProp(
    (c) => c.indent,
    (c, v) => (c.indent = v as number),
    (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 250,
    "1.9",
  ),
  columnWidth: lineProp("columns"),
  rowHeight: lineProp("rows"),
};

export class RangeFormatProxy extends ClientObject<RangeTarget> {
  get _entity(): string {
    return "RangeFormat";
  }
  protected get _props(): Props<RangeTarget> {
    return RANGE_FORMAT_PROPS;
  }
  get font(): RangeFontProxy {
    return this._nav(
      "font",
      () => new RangeFontProxy(this.context, `${this._path}.font`, () => this._target()),
    );
  }
  get fill(): RangeFillProxy {
    return this._nav(
      "fill",
      () => new RangeFillProxy(this.context, `${this._path}.fill`, () => this._target()),
    );
  }
  get protection(): FormatProtectionProxy {
    return this._nav(
      "protection",
      () => new FormatProtectionProxy(this.context, `${this._path}.protection`, () => this._target(), "1.2"),
    );
  }
  get borders(): BorderCollectionProxy {
    return this._nav(
      "borders",
      () => new BorderCollectionProxy(this.context, `${this._path}.borders`, () => this._target()),
    );
  }
}
defineProps(RangeFormatProxy, RANGE_FORMAT_PROPS);

export const COLOR = (v: unknown): boolean => typeof v === "string" && /^#[0-9A-Fa-f]{6}$/.test(v);
const UNDERLINES = new Set(["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"]);

const FONT_PROPS: Props<RangeTarget> = {
  name: formatProp(
    (c) => c.font.name,
    (c, v) => (c.font.name = v as string),
    (v) => typeof v === "string" && v !== "",
  ),
  size: formatProp(
    (c) => c.font.size,
    (c, v) => (c.font.size = v as number),
    (v) => typeof v === "number" && v >= 1 && v <= 409,
  ),
  bold: formatProp(
    (c) => c.font.bold,
    (c, v) => (c.font.bold = v as boolean),
    (v) => typeof v === "boolean",
  ),
  italic: formatProp(
    (c) => c.font.italic,
    (c, v) => (c.font.italic = v as boolean),
    (v) => typeof v === "boolean",
  ),
  underline: formatProp(
    (c) => c.font.underline,
    (c, v) => (c.font.underline = v as string),
    (v) => UNDERLINES.has(v as string),
  ),
  color: formatProp(
    (c) => c.font.color,
    (c, v) => (c.font.color = (v as string).toUpperCase()),
    COLOR,
  ),
};

class RangeFontProxy extends ClientObject<RangeTarget> {
  get _entity(): string {
    return "RangeFont";
  }
  protected get _props(): Props<RangeTarget> {
    return FONT_PROPS;
  }
}
defineProps(RangeFontProxy, FONT_PROPS);

const FILL_PROPS: Props<RangeTarget> = {
  color: formatProp(
    (c) => c.fill,
    (c, v) => (c.fill = (v as string).toUpperCase()),
    COLOR,
  ),
};

class RangeFillProxy extends ClientObject<RangeTarget> {
  get _entity(): string {
    return "RangeFill";
  }
  protected get _props(): Props<RangeTarget> {
    return FILL_PROPS;
  }
}
defineProps(RangeFillProxy, FILL_PROPS);

const FORMAT_PROTECTION_PROPS: Props<RangeTarget> = {
  locked: formatProp(
    (c) => c.locked,
    (c, v) => (c.locked = v as boolean),
    (v) => typeof v === "boolean",
  ),
};

class FormatProtectionProxy extends ClientObject<RangeTarget> {
  get _entity(): string {
    return "FormatProtection";
  }
  protected get _props(): Props<RangeTarget> {
    return FORMAT_PROTECTION_PROPS;
  }
}
defineProps(FormatProtectionProxy, FORMAT_PROTECTION_PROPS);

const BORDER_INDEXES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
];

class BorderCollectionProxy extends ClientObject<RangeTarget> {
  get _entity(): string {
    return "RangeBorderCollection";
  }
  protected get _props(): Props<RangeTarget> {
    return {};
  }
  getItem(index: string): RangeBorderProxy {
    if (!BORDER_INDEXES.includes(index))
      throw invalidArgument(`Unknown border '${index}'.`, "RangeBorderCollection.getItem");
    return seal(
      new RangeBorderProxy(this.context, `${this._path}.getItem(${JSON.stringify(index)})`, () => ({
        ...this._target(),
        index,
      })),
    );
  }
}

type BorderTarget = RangeTarget & { index: string };

/** The cell sides a border index draws, for one cell at (r, c) of a rows × cols range. */
function sidesOf(index: string, r: number, c: number, rows: number, cols: number): (keyof BordersModel)[] {
  switch (index) {
    case "EdgeTop":
      return r === 0 ? ["top"] : [];
    case "EdgeBottom":
      return r === rows - 1 ? ["bottom"] : [];
    case "EdgeLeft":
      return c === 0 ? ["left"] : [];
    case "EdgeRight":
      return c === cols - 1 ? ["right"] : [];
    case "InsideHorizontal":
      return [...(r > 0 ? (["top"] as const) : []), ...(r < rows - 1 ? (["bottom"] as const) : [])];
    case "InsideVertical":
      return [...(c > 0 ? (["left"] as const) : []), ...(c < cols - 1 ? (["right"] as const) : [])];
    default:
      return [];
  }
}

export const BORDER_STYLES = new Set([
  "None",
  "Continuous",
  "Dash",
  "DashDot",
  "DashDotDot",
  "Dot",
  "Double",
  "SlantDashDot",
]);

const BORDER_PROPS: Props<BorderTarget> = {
  style: {
    get: () => null,
    set: (t, v, where) => {
      if (!BORDER_STYLES.has(v as string))
        throw invalidArgument(`Unknown border style '${String(v)}'.`, where);
      assertEditable(t, where, "format");
      const rows = t.addr.bottom - t.addr.top + 1;
      const cols = t.addr.right - t.addr.left + 1;
      forEachCell(t, where, (cell, r, c) => {
        for (const side of sidesOf(t.index, r, c, rows, cols)) cell.borders[side] = v !== "None";
      });
    },
  },
  weight: {
    get: () => null,
    set: (_t, v, where) => {
      if (!["Hairline", "Thin", "Medium", "Thick"].includes(v as string))
        throw invalidArgument(`Unknown weight ${String(v)}.`, where);
    },
  },
  color: {
    get: () => null,
    set: (_t, v, where) => {
      if (!COLOR(v)) throw invalidArgument(`Bad colour ${String(v)}.`, where);
    },
  },
};

class RangeBorderProxy extends ClientObject<BorderTarget> {
  get _entity(): string {
    return "RangeBorder";
  }
  protected get _props(): Props<BorderTarget> {
    return BORDER_PROPS;
  }
}
defineProps(RangeBorderProxy, BORDER_PROPS);
