import { ClientObject, Props, seal } from "./clientObject";
import { FakeRequestContext } from "./context";
import { invalidArgument, notLoaded } from "./errors";
import { NamedItemCollectionProxy } from "./names";
import { FakeExcel } from "./workbook";
import { WorksheetCollectionProxy } from "./worksheets";

export class ApplicationProxy extends ClientObject<FakeExcel> {
  constructor(context: FakeRequestContext) {
    super(context, "application", () => context.fake);
  }
  get _entity(): string {
    return "Application";
  }
  protected get _props(): Props<FakeExcel> {
    return {};
  }
  suspendApiCalculationUntilNextSync(): void {
    this._call("suspendApiCalculationUntilNextSync", undefined, () => undefined, "1.6");
  }
}

export class WorkbookProxy extends ClientObject<FakeExcel> {
  readonly worksheets: WorksheetCollectionProxy;
  readonly names: NamedItemCollectionProxy;
  constructor(context: FakeRequestContext) {
    super(context, "workbook", () => context.fake);
    this.worksheets = seal(new WorksheetCollectionProxy(context));
    this.names = seal(
      new NamedItemCollectionProxy(
        context,
        "workbook.names",
        () => ({ fake: context.fake, sheet: null }),
        "1.1",
      ),
    );
  }
  get _entity(): string {
    return "Workbook";
  }
  protected get _props(): Props<FakeExcel> {
    return {};
  }
  /** Office.js reaches the application through the workbook (`context.application` is `workbook.application`). */
  get application(): ApplicationProxy {
    return this.context.application;
  }

  /**
   * ExcelApi 1.13. Copies the sheets at the end (a taken name gets " (2)"); their sheet-scoped names
   * come along, and the file's workbook-scoped names on them become workbook-scoped here, or
   * sheet-scoped where the name is taken. Gives the new sheets' ids after the sync.
   */
  insertWorksheetsFromBase64(
    base64: string,
    options: { sheetNamesToInsert?: string[]; positionType?: string } = {},
  ): FakeClientResult<string[]> {
    const result = new FakeClientResult<string[]>("Workbook.insertWorksheetsFromBase64");
    const where = "Workbook.insertWorksheetsFromBase64";
    this._call(
      "insertWorksheetsFromBase64",
      { base64, options },
      (fake) => {
        const source = fake.base64Workbooks.get(base64);
        if (source === undefined) throw invalidArgument("The file is corrupt or not a workbook.", where);
        const ids: string[] = [];
        for (const wanted of options.sheetNamesToInsert ?? source.sheetNames) {
          const from = source.findSheet(wanted);
          if (from === undefined) throw invalidArgument(`The file has no sheet '${wanted}'.`, where);
          let name = from.name;
          for (let n = 2; fake.hasSheet(name); n++)
            name = `${from.name.slice(0, 31 - ` (${n})`.length)} (${n})`;
          const copy = from.copyAs(name);
          fake.sheets.push(copy);
          for (const n of source.names.values()) {
            if (n.sheet !== from) continue;
            const key = n.name.toUpperCase();
            if (!fake.names.has(key)) fake.names.set(key, { ...n, sheet: copy });
            else if (!copy.scopedNames.has(key)) copy.scopedNames.set(key, { ...n, sheet: copy });
          }
          ids.push(copy.id);
        }
        result._set(ids);
      },
      "1.13",
    );
    return result;
  }
}

/** A value an API method gives back, readable after the sync. */
export class FakeClientResult<T> {
  private _value: { v: T } | undefined;
  constructor(private readonly where: string) {}
  get value(): T {
    if (this._value === undefined) throw notLoaded(this.where, "value");
    return this._value.v;
  }
  _set(value: T): void {
    this._value = { v: value };
  }
}
