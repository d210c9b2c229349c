import { MAX_COLS, MAX_ROWS, parseAddress } from "./address";
import { ClientObject, PropDef, Props, defineProps } from "./clientObject";
import { FakeRequestContext } from "./context";
import { invalidArgument } from "./errors";
import { FakeSheet } from "./model";

const ORIENTATIONS = new Set(["Portrait", "Landscape"]);
const PAPER_SIZES = new Set(["A3", "A4", "A5", "Letter", "Legal"]);

function marginProp(key: "leftMargin" | "rightMargin" | "topMargin" | "bottomMargin"): PropDef<FakeSheet> {
  return {
    get: (s) => s.pageLayout[key],
    set: (s, v, where) => {
      if (typeof v !== "number" || v < 0)
        throw invalidArgument(`A margin is a number of points ≥ 0, not ${String(v)}.`, where);
      s.pageLayout[key] = v;
    },
  };
}

const PAGE_LAYOUT_PROPS: Props<FakeSheet> = {
  orientation: {
    get: (s) => s.pageLayout.orientation,
    set: (s, v, where) => {
      if (!ORIENTATIONS.has(v as string)) throw invalidArgument(`Unknown orientation '${String(v)}'.`, where);
      s.pageLayout.orientation = v as string;
    },
  },
  paperSize: {
    get: (s) => s.pageLayout.paperSize,
    set: (s, v, where) => {
      if (!PAPER_SIZES.has(v as string)) throw invalidArgument(`Unknown paper size '${String(v)}'.`, where);
      s.pageLayout.paperSize = v as string;
    },
  },
  zoom: {
    get: (s) => s.pageLayout.zoom,
    set: (s, v, where) => {
      const z = v as Record<string, unknown>;
      const keys = Object.keys(z);
      if (
        keys.length === 0 ||
        keys.some((k) => !["horizontalFitToPages", "verticalFitToPages", "scale"].includes(k))
      ) {
        throw invalidArgument(`Bad zoom ${JSON.stringify(v)}.`, where);
      }
      s.pageLayout.zoom = { ...z };
    },
  },
  leftMargin: marginProp("leftMargin"),
  rightMargin: marginProp("rightMargin"),
  topMargin: marginProp("topMargin"),
  bottomMargin: marginProp("bottomMargin"),
};

export class PageLayoutProxy extends ClientObject<FakeSheet> {
  get _entity(): string {
    return "PageLayout";
  }
  protected get _props(): Props<FakeSheet> {
    return PAGE_LAYOUT_PROPS;
  }
  setPrintTitleRows(rows: string): void {
    this._call("setPrintTitleRows", rows, (sheet) => {
      const r = parseAddress(rows, "PageLayout.setPrintTitleRows");
      if (r.left !== 1 || r.right !== MAX_COLS)
        throw invalidArgument(`'${rows}' is not whole rows.`, "PageLayout.setPrintTitleRows");
      sheet.pageLayout.printTitleRows = rows;
    });
  }
  setPrintTitleColumns(columns: string): void {
    this._call("setPrintTitleColumns", columns, (sheet) => {
      const r = parseAddress(columns, "PageLayout.setPrintTitleColumns");
      if (r.top !== 1 || r.bottom !== MAX_ROWS)
        throw invalidArgument(`'${columns}' is not whole columns.`, "PageLayout.setPrintTitleColumns");
      sheet.pageLayout.printTitleColumns = columns;
    });
  }
  setPrintArea(area: string): void {
    this._call("setPrintArea", area, (sheet) => {
      parseAddress(area, "PageLayout.setPrintArea");
      sheet.pageLayout.printArea = area;
    });
  }
  get headersFooters(): HeaderFooterGroupProxy {
    return this._nav(
      "headersFooters",
      () =>
        new HeaderFooterGroupProxy(this.context, `${this._path}.headersFooters`, () => this._target(), "1.9"),
    );
  }
}
defineProps(PageLayoutProxy, PAGE_LAYOUT_PROPS);

class HeaderFooterGroupProxy extends ClientObject<FakeSheet> {
  get _entity(): string {
    return "HeaderFooterGroup";
  }
  protected get _props(): Props<FakeSheet> {
    return {};
  }
  get defaultForAllPages(): HeaderFooterProxy {
    return this._nav(
      "defaultForAllPages",
      () =>
        new HeaderFooterProxy(this.context, `${this._path}.defaultForAllPages`, () => this._target(), "1.9"),
    );
  }
}

const HEADER_FOOTER_PROPS: Props<FakeSheet> = {
  centerHeader: {
    get: (s) => s.pageLayout.centerHeader,
    set: (s, v) => {
      s.pageLayout.centerHeader = String(v);
    },
  },
  centerFooter: {
    get: (s) => s.pageLayout.centerFooter,
    set: (s, v) => {
      s.pageLayout.centerFooter = String(v);
    },
  },
};

class HeaderFooterProxy extends ClientObject<FakeSheet> {
  get _entity(): string {
    return "HeaderFooter";
  }
  protected get _props(): Props<FakeSheet> {
    return HEADER_FOOTER_PROPS;
  }
}
defineProps(HeaderFooterProxy, HEADER_FOOTER_PROPS);

/** Worksheet.horizontalPageBreaks / verticalPageBreaks: add() puts a break before the range's top-left cell. */
export class PageBreakCollectionProxy extends ClientObject<FakeSheet> {
  constructor(
    context: FakeRequestContext,
    path: string,
    resolve: () => FakeSheet | null,
    private readonly _rows: boolean,
  ) {
    super(context, path, resolve, "1.9");
  }
  get _entity(): string {
    return "PageBreakCollection";
  }
  protected get _props(): Props<FakeSheet> {
    return {};
  }
  add(at: string): void {
    this._call("add", at, (sheet) => {
      const r = parseAddress(at, "PageBreakCollection.add");
      if (this._rows) sheet.pageLayout.rowBreaks.push(String(r.top));
      else sheet.pageLayout.columnBreaks.push(String(r.left));
    });
  }
}
