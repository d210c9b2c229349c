import { formatAddress, parseAddress } from "./address";
import { ClientObject, Props, defineProps, seal } from "./clientObject";
import { FakeOfficeError, invalidArgument } from "./errors";
import { FakeSheet, PivotTableModel } from "./model";
import { rangeArgument } from "./ranges";
import { refuseOnProtected } from "./sheetSettings";
import { FakeExcel } from "./workbook";
import { SheetTarget } from "./worksheets";

type PivotTarget = { fake: FakeExcel; sheet: FakeSheet; pivot: PivotTableModel; headers: string[] };

export class PivotTableCollectionProxy extends ClientObject<SheetTarget> {
  get _entity(): string {
    return "PivotTableCollection";
  }
  protected get _props(): Props<SheetTarget> {
    return {};
  }
  add(name: string, source: unknown, destination: unknown): PivotTableProxy {
    const where = "PivotTableCollection.add";
    const proxy = seal(
      new PivotTableProxy(this.context, `${this._path}.add(${JSON.stringify(name)})`, () => null, "1.8"),
    );
    this._call("add", name, (t) => {
      const from = rangeArgument(source, where);
      const to = rangeArgument(destination, where);
      if (to.sheet !== t.sheet) throw invalidArgument("The destination is on another sheet.", where);
      refuseOnProtected(t.sheet, where);
      if (t.fake.sheets.some((s) => s.pivotTables.some((p) => p.name.toUpperCase() === name.toUpperCase())))
        throw new FakeOfficeError("ItemAlreadyExists", `A PivotTable named '${name}' exists.`, where);
      const headers = Array.from({ length: from.addr.right - from.addr.left + 1 }, (_, i) =>
        String(from.sheet.peek(from.addr.top, from.addr.left + i)?.value ?? ""),
      );
      if (from.addr.bottom <= from.addr.top || headers.some((h) => h === ""))
        throw invalidArgument("A PivotTable source needs a header row of names and data under it.", where);
      const pivot: PivotTableModel = {
        name,
        source: { sheet: from.sheet.name, range: formatAddress(from.addr) },
        destination: formatAddress(to.addr),
        rows: [],
        columns: [],
        values: [],
      };
      t.sheet.pivotTables.push(pivot);
      proxy._bind({ fake: t.fake, sheet: t.sheet, pivot, headers });
    });
    return proxy;
  }

  /** The sheet's PivotTable of that name (case-insensitive), ItemNotFound otherwise. */
  getItem(name: string): PivotTableProxy {
    const proxy = seal(
      new PivotTableProxy(
        this.context,
        `${this._path}.getItem(${JSON.stringify(name)})`,
        () => {
          const t = this._target();
          const pivot = t.sheet.pivotTables.find((o) => o.name.toUpperCase() === name.toUpperCase());
          if (pivot === undefined)
            throw new FakeOfficeError(
              "ItemNotFound",
              `There is no PivotTable '${name}'.`,
              "PivotTableCollection.getItem",
            );
          const from = t.fake.sheet(pivot.source.sheet);
          const at = parseAddress(pivot.source.range, "PivotTableCollection.getItem");
          const headers = Array.from({ length: at.right - at.left + 1 }, (_, i) =>
            String(from.peek(at.top, at.left + i)?.value ?? ""),
          );
          return { fake: t.fake, sheet: t.sheet, pivot, headers };
        },
        "1.8",
      ),
    );
    proxy._instantiate("1.8");
    return proxy;
  }
}

const PIVOT_TABLE_PROPS: Props<PivotTarget> = {
  name: {
    get: (t) => t.pivot.name,
    set: (t, v, where) => {
      const name = v as string;
      if (
        t.fake.sheets.some((s) =>
          s.pivotTables.some((p) => p !== t.pivot && p.name.toUpperCase() === name.toUpperCase()),
        )
      )
        throw new FakeOfficeError("ItemAlreadyExists", `A PivotTable named '${name}' exists.`, where);
      t.pivot.name = name;
    },
  },
};

class PivotTableProxy extends ClientObject<PivotTarget> {
  get _entity(): string {
    return "PivotTable";
  }
  protected get _props(): Props<PivotTarget> {
    return PIVOT_TABLE_PROPS;
  }
  get hierarchies(): PivotHierarchyCollectionProxy {
    return this._nav("hierarchies", () => new PivotHierarchyCollectionProxy(this, "hierarchies"));
  }
  get rowHierarchies(): PivotHierarchyCollectionProxy {
    return this._nav("rowHierarchies", () => new PivotHierarchyCollectionProxy(this, "rows"));
  }
  get columnHierarchies(): PivotHierarchyCollectionProxy {
    return this._nav("columnHierarchies", () => new PivotHierarchyCollectionProxy(this, "columns"));
  }
  get dataHierarchies(): PivotHierarchyCollectionProxy {
    return this._nav("dataHierarchies", () => new PivotHierarchyCollectionProxy(this, "values"));
  }
}
defineProps(PivotTableProxy, PIVOT_TABLE_PROPS);

type HierarchyTarget = { pivot: PivotTarget; field: string; value?: { field: string; summarizeBy: string } };

class PivotHierarchyCollectionProxy extends ClientObject<PivotTarget> {
  constructor(
    private readonly owner: PivotTableProxy,
    private readonly role: "hierarchies" | "rows" | "columns" | "values",
  ) {
    super(owner.context, `${owner._path}.${role}`, () => owner._target(), "1.8");
  }
  get _entity(): string {
    return "PivotHierarchyCollection";
  }
  protected get _props(): Props<PivotTarget> {
    return {};
  }
  getItem(name: string): PivotHierarchyProxy {
    return seal(
      new PivotHierarchyProxy(this.context, `${this._path}.getItem(${JSON.stringify(name)})`, () => {
        const pivot = this.owner._target();
        if (!pivot.headers.includes(name))
          throw new FakeOfficeError(
            "ItemNotFound",
            `The PivotTable has no field '${name}'.`,
            "PivotHierarchyCollection.getItem",
          );
        return { pivot, field: name };
      }),
    );
  }
  add(hierarchy: PivotHierarchyProxy): PivotHierarchyProxy {
    const where = "PivotHierarchyCollection.add";
    if (this.role === "hierarchies")
      throw invalidArgument("Fields are added to rows, columns or values.", where);
    const role = this.role;
    const proxy = seal(new PivotHierarchyProxy(this.context, `${this._path}.add()`, () => null));
    this._call("add", hierarchy._path, (pivot) => {
      const { field } = hierarchy._target();
      const m = pivot.pivot;
      if (role !== "values" && [...m.rows, ...m.columns].includes(field))
        throw invalidArgument(`'${field}' is already on rows or columns.`, where);
      if (role === "values") {
        const value = { field, summarizeBy: "Automatic" };
        m.values.push(value);
        proxy._bind({ pivot, field, value });
      } else {
        m[role].push(field);
        proxy._bind({ pivot, field });
      }
    });
    return proxy;
  }
}

const HIERARCHY_PROPS: Props<HierarchyTarget> = {
  name: { get: (h) => h.field },
  summarizeBy: {
    get: (h) => h.value?.summarizeBy,
    set: (h, v, where) => {
      if (h.value === undefined) throw invalidArgument("Only a data hierarchy is summarized.", where);
      h.value.summarizeBy = v as string;
    },
  },
};

class PivotHierarchyProxy extends ClientObject<HierarchyTarget> {
  get _entity(): string {
    return "PivotHierarchy";
  }
  protected get _props(): Props<HierarchyTarget> {
    return HIERARCHY_PROPS;
  }
}
defineProps(PivotHierarchyProxy, HIERARCHY_PROPS);
