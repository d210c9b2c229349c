import { MAX_COLS, MAX_ROWS, parseAddress } from "./address";
import { ChartCollectionProxy } from "./charts";
import { ClientObject, CollectionObject, Props, defineProps, seal, withLoaded } from "./clientObject";
import { FakeRequestContext } from "./context";
import { FakeOfficeError, invalidArgument } from "./errors";
import { FakeSheet } from "./model";
import { NamedItemCollectionProxy } from "./names";
import { PageBreakCollectionProxy, PageLayoutProxy } from "./pageLayout";
import { PivotTableCollectionProxy } from "./pivotTables";
import { RangeProxy } from "./ranges";
import { FreezePanesProxy, WorksheetProtectionProxy } from "./sheetSettings";
import { TableCollectionProxy } from "./tables";
import { FakeExcel } from "./workbook";

const WORKSHEET_PROPS: Props<{ fake: FakeExcel; sheet: FakeSheet }> = {
  name: {
    get: (t) => t.sheet.name,
    set: (t, v, where) => {
      t.fake.checkSheetName(v as string, t.sheet, where);
      // Excel carries every reference to the sheet over to its new name.
      const from = t.sheet.name;
      for (const sheet of t.fake.sheets) {
        for (const pivot of sheet.pivotTables)
          if (pivot.source.sheet === from) pivot.source.sheet = v as string;
        for (const chart of sheet.charts)
          if (chart.source.startsWith(`${from}!`))
            chart.source = `${v as string}${chart.source.slice(from.length)}`;
      }
      t.sheet.name = v as string;
    },
  },
  id: { get: (t) => t.sheet.id },
  position: {
    get: (t) => t.fake.sheets.indexOf(t.sheet),
    set: (t, v, where) => {
      const to = v as number;
      if (!Number.isInteger(to) || to < 0 || to >= t.fake.sheets.length)
        throw invalidArgument(`Position ${to} is outside the workbook.`, where);
      t.fake.sheets.splice(t.fake.sheets.indexOf(t.sheet), 1);
      t.fake.sheets.splice(to, 0, t.sheet);
    },
  },
};

export type SheetTarget = { fake: FakeExcel; sheet: FakeSheet };

export class WorksheetCollectionProxy extends CollectionObject<FakeExcel, WorksheetProxy> {
  constructor(context: FakeRequestContext) {
    super(context, "workbook.worksheets", () => context.fake);
  }
  get _entity(): string {
    return "WorksheetCollection";
  }
  protected get _props(): Props<FakeExcel> {
    return {};
  }
  protected get _itemProps(): Props<unknown> {
    return WORKSHEET_PROPS as Props<unknown>;
  }
  protected _members(fake: FakeExcel): unknown[] {
    return fake.sheets.map((sheet) => ({ fake, sheet }));
  }
  protected _itemProxy(member: unknown, values: Map<string, unknown>): WorksheetProxy {
    const t = member as SheetTarget;
    return withLoaded(
      this._lazyItem(`worksheet(${t.sheet.id})`, () => t),
      values,
    );
  }
  protected _lazyItem(path: string, find: () => unknown): WorksheetProxy {
    return seal(new WorksheetProxy(this.context, path, () => find() as SheetTarget));
  }

  add(name?: string): WorksheetProxy {
    const fake = this.context.fake;
    const proxy = seal(
      new WorksheetProxy(this.context, `worksheets.add(${JSON.stringify(name ?? null)})`, () => null),
    );
    this._call("add", name ?? null, () => {
      let sheetName = name;
      for (let n = fake.sheets.length + 1; sheetName === undefined; n++)
        if (!fake.hasSheet(`Sheet${n}`)) sheetName = `Sheet${n}`;
      fake.checkSheetName(sheetName, null, "WorksheetCollection.add");
      const sheet = new FakeSheet(sheetName);
      fake.sheets.push(sheet);
      proxy._bind({ fake, sheet });
    });
    return proxy;
  }

  getItem(key: string): WorksheetProxy {
    return this.item(key, false);
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return this.item(key, true);
  }

  getActiveWorksheet(): WorksheetProxy {
    const fake = this.context.fake;
    const proxy = seal(
      new WorksheetProxy(this.context, "worksheets.getActiveWorksheet()", () => {
        if (fake.active === null)
          throw new FakeOfficeError("ItemNotFound", "There is no active worksheet.", "getActiveWorksheet");
        return { fake, sheet: fake.active };
      }),
    );
    proxy._instantiate();
    return proxy;
  }

  private item(key: string, nullable: boolean): WorksheetProxy {
    const fake = this.context.fake;
    const method = nullable ? "getItemOrNullObject" : "getItem";
    const proxy = seal(
      new WorksheetProxy(this.context, `worksheets.${method}(${JSON.stringify(key)})`, () => {
        const sheet = fake.sheets.find((s) => s.id === key) ?? fake.findSheet(key);
        if (sheet) return { fake, sheet };
        if (nullable) return null;
        throw new FakeOfficeError(
          "ItemNotFound",
          `The requested resource '${key}' doesn't exist.`,
          `WorksheetCollection.${method}`,
        );
      }),
    );
    proxy._instantiate(nullable ? "1.4" : "1.1");
    return proxy;
  }
}

class WorksheetProxy extends ClientObject<SheetTarget> {
  get _entity(): string {
    return "Worksheet";
  }
  protected get _props(): Props<SheetTarget> {
    return WORKSHEET_PROPS;
  }

  get names(): NamedItemCollectionProxy {
    return this._nav(
      "names",
      () =>
        new NamedItemCollectionProxy(
          this.context,
          `${this._path}.names`,
          () => ({ fake: this.context.fake, sheet: this._target().sheet }),
          "1.4",
        ),
    );
  }

  get protection(): WorksheetProtectionProxy {
    return this._nav(
      "protection",
      () =>
        new WorksheetProtectionProxy(
          this.context,
          `${this._path}.protection`,
          () => this._target().sheet,
          "1.2",
        ),
    );
  }

  /** A deleted sheet's proxies fail as in Excel. */
  override _target(): SheetTarget {
    const t = super._target();
    if (!t.fake.sheets.includes(t.sheet))
      throw new FakeOfficeError("ItemNotFound", `The worksheet '${t.sheet.name}' was deleted.`, "Worksheet");
    return t;
  }

  get freezePanes(): FreezePanesProxy {
    return this._nav(
      "freezePanes",
      () =>
        new FreezePanesProxy(this.context, `${this._path}.freezePanes`, () => this._target().sheet, "1.7"),
    );
  }

  get horizontalPageBreaks(): PageBreakCollectionProxy {
    return this._nav(
      "horizontalPageBreaks",
      () =>
        new PageBreakCollectionProxy(
          this.context,
          `${this._path}.horizontalPageBreaks`,
          () => this._target().sheet,
          true,
        ),
    );
  }

  get verticalPageBreaks(): PageBreakCollectionProxy {
    return this._nav(
      "verticalPageBreaks",
      () =>
        new PageBreakCollectionProxy(
          this.context,
          `${this._path}.verticalPageBreaks`,
          () => this._target().sheet,
          false,
        ),
    );
  }

  get pageLayout(): PageLayoutProxy {
    return this._nav(
      "pageLayout",
      () => new PageLayoutProxy(this.context, `${this._path}.pageLayout`, () => this._target().sheet, "1.9"),
    );
  }

  getRange(address?: string): RangeProxy {
    const addr =
      address === undefined
        ? { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLS }
        : parseAddress(address, "Worksheet.getRange");
    return seal(
      new RangeProxy(this.context, `${this._path}.getRange(${JSON.stringify(address ?? "")})`, () => ({
        sheet: this._target().sheet,
        addr,
      })),
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    const proxy = seal(
      new RangeProxy(this.context, `${this._path}.getUsedRangeOrNullObject(${valuesOnly})`, () => {
        const sheet = this._target().sheet;
        const addr = sheet.usedRange(valuesOnly);
        return addr === null ? null : { sheet, addr };
      }),
    );
    proxy._instantiate("1.4");
    return proxy;
  }

  delete(): void {
    this._call("delete", undefined, (t) => t.fake.deleteSheet(t.sheet, "Worksheet.delete"));
  }

  get tables(): TableCollectionProxy {
    return this._nav(
      "tables",
      () => new TableCollectionProxy(this.context, `${this._path}.tables`, () => this._target()),
    );
  }

  get pivotTables(): PivotTableCollectionProxy {
    return this._nav(
      "pivotTables",
      () =>
        new PivotTableCollectionProxy(this.context, `${this._path}.pivotTables`, () => this._target(), "1.8"),
    );
  }

  get charts(): ChartCollectionProxy {
    return this._nav(
      "charts",
      () => new ChartCollectionProxy(this.context, `${this._path}.charts`, () => this._target()),
    );
  }

  activate(): void {
    this._call("activate", undefined, (t) => {
      t.fake.active = t.sheet;
    });
  }
}
defineProps(WorksheetProxy, WORKSHEET_PROPS);
