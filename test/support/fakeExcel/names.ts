import { type RangeAddress } from "../../../src/domain/layout/a1";
import { parseAddress } from "./address";
import { ClientObject, CollectionObject, Props, defineProps, seal, withLoaded } from "./clientObject";
import { FakeOfficeError, invalidArgument } from "./errors";
import { FakeSheet, NameModel, nameView } from "./model";
import { RangeProxy } from "./ranges";
import { FakeExcel } from "./workbook";

type NameTarget = { fake: FakeExcel; scope: Map<string, NameModel>; name: NameModel };
type NamesTarget = { fake: FakeExcel; sheet: FakeSheet | null };

const NAMED_ITEM_PROPS: Props<NameTarget> = {
  name: { get: (t) => t.name.name },
  formula: { get: (t) => nameView(t.name).formula, since: "1.7" },
};

export class NamedItemCollectionProxy extends CollectionObject<NamesTarget, NamedItemProxy> {
  get _entity(): string {
    return "NamedItemCollection";
  }
  protected get _props(): Props<NamesTarget> {
    return {};
  }
  protected get _itemProps(): Props<unknown> {
    return NAMED_ITEM_PROPS as Props<unknown>;
  }
  protected _members(t: NamesTarget): unknown[] {
    const scope = scopeOf(t);
    return [...scope.values()].map((name) => ({ fake: t.fake, scope, name }));
  }
  protected _itemProxy(member: unknown, values: Map<string, unknown>): NamedItemProxy {
    const t = member as NameTarget;
    return withLoaded(
      this._lazyItem(`${this._path}.item(${JSON.stringify(t.name.name)})`, () => t),
      values,
    );
  }
  protected _lazyItem(path: string, find: () => unknown): NamedItemProxy {
    return seal(new NamedItemProxy(this.context, path, () => find() as NameTarget));
  }

  add(name: string, reference: RangeProxy | string, comment?: string): NamedItemProxy {
    const refDetail = typeof reference === "string" ? reference : reference._path;
    const proxy = seal(
      new NamedItemProxy(this.context, `${this._path}.add(${JSON.stringify(name)})`, () => null),
    );
    this._call(
      "add",
      { name, reference: refDetail, comment },
      (t) => {
        const where = "NamedItemCollection.add";
        const { sheet, addr } =
          typeof reference === "string" ? parseReference(t, reference, where) : reference._target();
        const scope = scopeOf(t);
        t.fake.defineName(scope, name, sheet, addr, comment ?? "", where);
        proxy._bind({ fake: t.fake, scope, name: scope.get(name.toUpperCase()) as NameModel });
      },
      "1.4",
    );
    return proxy;
  }

  getItem(name: string): NamedItemProxy {
    return this.item(name, false);
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    return this.item(name, true);
  }

  private item(name: string, nullable: boolean): NamedItemProxy {
    const method = nullable ? "getItemOrNullObject" : "getItem";
    const proxy = seal(
      new NamedItemProxy(this.context, `${this._path}.${method}(${JSON.stringify(name)})`, () => {
        const t = this._target();
        const scope = scopeOf(t);
        const found = scope.get(name.toUpperCase());
        if (found) return { fake: t.fake, scope, name: found };
        if (nullable) return null;
        throw new FakeOfficeError(
          "ItemNotFound",
          `The requested resource '${name}' doesn't exist.`,
          `NamedItemCollection.${method}`,
        );
      }),
    );
    proxy._instantiate(nullable ? "1.4" : this._since);
    return proxy;
  }
}

function scopeOf(t: NamesTarget): Map<string, NameModel> {
  return t.sheet === null ? t.fake.names : t.sheet.scopedNames;
}

function parseReference(
  t: NamesTarget,
  reference: string,
  where: string,
): { sheet: FakeSheet; addr: RangeAddress } {
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(reference);
  if (m === null) {
    if (t.sheet === null) throw invalidArgument(`The reference '${reference}' names no sheet.`, where);
    return { sheet: t.sheet, addr: parseAddress(reference.replace(/^=/, ""), where) };
  }
  const sheetName = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] as string);
  const sheet = t.fake.findSheet(sheetName);
  if (sheet === undefined)
    throw invalidArgument(`The reference '${reference}' names a missing sheet.`, where);
  return { sheet, addr: parseAddress(m[3] as string, where) };
}

class NamedItemProxy extends ClientObject<NameTarget> {
  get _entity(): string {
    return "NamedItem";
  }
  protected get _props(): Props<NameTarget> {
    return NAMED_ITEM_PROPS;
  }
  delete(): void {
    this._call("delete", undefined, (t) => t.scope.delete(t.name.name.toUpperCase()), "1.4");
  }
}
defineProps(NamedItemProxy, NAMED_ITEM_PROPS);
