import { formatAddress } from "./address";
import { ClientObject, Props, defineProps, seal } from "./clientObject";
import { FakeOfficeError, invalidArgument } from "./errors";
import { TableModel } from "./model";
import { rangeArgument } from "./ranges";
import { refuseOnProtected } from "./sheetSettings";
import { DEFINED_NAME, FakeExcel, LOOKS_LIKE_CELL } from "./workbook";
import { SheetTarget } from "./worksheets";

function allTables(fake: FakeExcel): TableModel[] {
  return fake.sheets.flatMap((s) => s.tables);
}

export class TableCollectionProxy extends ClientObject<SheetTarget> {
  get _entity(): string {
    return "TableCollection";
  }
  protected get _props(): Props<SheetTarget> {
    return {};
  }
  add(address: unknown, hasHeaders: boolean): TableProxy {
    const where = "TableCollection.add";
    const proxy = seal(new TableProxy(this.context, `${this._path}.add()`, () => null));
    this._call("add", { hasHeaders }, (t) => {
      const range = rangeArgument(address, where);
      if (range.sheet !== t.sheet) throw invalidArgument("The range is on another sheet.", where);
      refuseOnProtected(t.sheet, where);
      const table: TableModel = {
        name: `Table${allTables(t.fake).length + 1}`,
        range: formatAddress(range.addr),
        hasHeaders,
      };
      t.sheet.tables.push(table);
      proxy._bind({ fake: t.fake, table });
    });
    return proxy;
  }

  /** The sheet's table of that name (case-insensitive), ItemNotFound otherwise. */
  getItem(name: string): TableProxy {
    const proxy = seal(
      new TableProxy(this.context, `${this._path}.getItem(${JSON.stringify(name)})`, () => {
        const t = this._target();
        const table = t.sheet.tables.find((o) => o.name.toUpperCase() === name.toUpperCase());
        if (table === undefined)
          throw new FakeOfficeError(
            "ItemNotFound",
            `There is no table '${name}'.`,
            "TableCollection.getItem",
          );
        return { fake: t.fake, table };
      }),
    );
    proxy._instantiate();
    return proxy;
  }
}

const TABLE_PROPS: Props<{ fake: FakeExcel; table: TableModel }> = {
  name: {
    get: (t) => t.table.name,
    set: (t, v, where) => {
      const name = v as string;
      if (!DEFINED_NAME.test(name) || LOOKS_LIKE_CELL.test(name))
        throw invalidArgument(`'${name}' is not a valid table name.`, where);
      const upperName = name.toUpperCase();
      if (
        allTables(t.fake).some((o) => o !== t.table && o.name.toUpperCase() === upperName) ||
        t.fake.names.has(upperName)
      )
        throw new FakeOfficeError("ItemAlreadyExists", `The name '${name}' is taken.`, where);
      t.table.name = name;
    },
  },
};

class TableProxy extends ClientObject<{ fake: FakeExcel; table: TableModel }> {
  get _entity(): string {
    return "Table";
  }
  protected get _props(): Props<{ fake: FakeExcel; table: TableModel }> {
    return TABLE_PROPS;
  }
}
defineProps(TableProxy, TABLE_PROPS);
