import { FakeRequestContext } from "./context";
import { FakeOfficeError, invalidArgument, notLoaded } from "./errors";
import { maxVersion } from "./versions";

export function seal<T extends object>(proxy: T): T {
  return Object.preventExtensions(proxy);
}

export interface PropDef<T> {
  get?: (target: T) => unknown;
  set?: (target: T, value: unknown, where: string) => void;
  since?: string;
}

export type Props<T> = Record<string, PropDef<T>>;

/** Base of every proxy: a path, a target resolved once when a command first needs it, loaded values. */
export abstract class ClientObject<T> {
  readonly context: FakeRequestContext;
  /** undefined until a sync has told; true for a null object. */
  _isNull: boolean | undefined = undefined;
  protected readonly _local = new Map<string, unknown>();
  private _bound: { target: T | null } | undefined = undefined;
  private readonly _navigation = new Map<string, unknown>();
  /** The properties the last load asked for: what an answer on the wire carries (officeWire.ts). */
  protected _lastLoad: readonly string[] = [];

  constructor(
    context: FakeRequestContext,
    readonly _path: string,
    private readonly _resolve: () => T | null,
    protected readonly _since = "1.1",
  ) {
    this.context = context;
  }

  abstract get _entity(): string;
  protected abstract get _props(): Props<T>;

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw notLoaded(this._entity, "isNullObject");
    return this._isNull;
  }

  _targetOrNull(): T | null {
    this._bound ??= { target: this._resolve() };
    return this._bound.target;
  }

  _target(): T {
    const target = this._targetOrNull();
    if (target === null) {
      throw new FakeOfficeError(
        "InvalidObjectPath",
        `The object path '${this._path}' isn't working: it is a null object.`,
        this._entity,
      );
    }
    return target;
  }

  _bind(target: T | null): void {
    this._bound = { target };
  }

  /** A navigation property: the same proxy on every read, as in Office.js. */
  protected _nav<P extends object>(key: string, create: () => P): P {
    let proxy = this._navigation.get(key) as P | undefined;
    if (proxy === undefined) {
      proxy = seal(create());
      this._navigation.set(key, proxy);
    }
    return proxy;
  }

  /** Queues resolving this object now, so a missing item fails this batch and isNullObject is known after it. */
  _instantiate(since = this._since): void {
    this.context.enqueue({
      op: `${this._entity}._instantiate`,
      path: this._path,
      since,
      exec: () => {
        const target = this._targetOrNull();
        return () => {
          this._isNull = target === null;
        };
      },
    });
  }

  _read(property: string): unknown {
    if (this._isNull === true) return undefined;
    if (!this._local.has(property)) throw notLoaded(this._entity, property);
    return this._local.get(property);
  }

  _write(property: string, value: unknown): void {
    const def = this._props[property] as PropDef<T>;
    this._local.set(property, value);
    const where = `${this._entity}.${property}`;
    this.context.enqueue({
      op: `${where}=`,
      path: this._path,
      detail: value,
      since: maxVersion(this._since, def.since),
      exec: () => {
        (def.set as NonNullable<PropDef<T>["set"]>)(this._target(), value, where);
      },
    });
  }

  _call(method: string, detail: unknown, run: (target: T) => void, since?: string): void {
    this.context.enqueue({
      op: `${this._entity}.${method}`,
      path: this._path,
      detail,
      since: maxVersion(this._since, since),
      exec: () => {
        run(this._target());
      },
    });
  }

  /**
   * This object as a load's answer on the wire, after the sync: the loaded properties under
   * Office.js's capitalised names, null for a null object. Read by officeWire.ts.
   */
  _wireValue(): Record<string, unknown> | null {
    if (this._isNull === true) return null;
    return Object.fromEntries(this._lastLoad.map((n) => [wireName(n), this._local.get(n)]));
  }

  /** The object's id, for the answer to an Instantiate on the wire; undefined when it has none. */
  _wireId(): string | undefined {
    const target = this._targetOrNull();
    const get = this._props["id"]?.get;
    return target === null || get === undefined ? undefined : String(get(target));
  }

  load(select?: string | string[] | { select?: string }): this {
    const names = selectList(
      select,
      Object.keys(this._props).filter((k) => this._props[k]?.get),
    );
    this._lastLoad = names;
    for (const name of names) {
      if (!this._props[name]?.get)
        throw invalidArgument(`${this._entity} has no loadable property '${name}'.`, `${this._entity}.load`);
    }
    const since = names.reduce((v, n) => maxVersion(v, this._props[n]?.since), this._since);
    this.context.enqueue({
      op: `${this._entity}.load`,
      path: this._path,
      detail: names,
      since,
      exec: () => {
        const target = this._targetOrNull();
        const values =
          target === null
            ? null
            : names.map((n) => clone((this._props[n]?.get as (t: T) => unknown)(target)));
        this.context.returned += payloadBytes(names, values);
        return () => {
          this._isNull = target === null;
          if (values !== null) names.forEach((n, i) => this._local.set(n, values[i]));
        };
      },
    });
    return this;
  }
}

/** Office.js sends property names as in the API and answers under the capitalised name ("name" → "Name"). */
function wireName(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function selectList(select: string | string[] | { select?: string } | undefined, all: string[]): string[] {
  const raw =
    typeof select === "string"
      ? select.split(",")
      : Array.isArray(select)
        ? select
        : select?.select?.split(",");
  const names = (raw ?? all).map((s) => s.trim()).filter((s) => s !== "");
  return names.length === 0 ? all : names;
}

/** What a load sends back: each property's name and value, as JSON in UTF-8. */
function payloadBytes(names: readonly string[], values: unknown): number {
  return Buffer.byteLength(JSON.stringify({ names, values }) ?? "", "utf8");
}

export function clone<V>(value: V): V {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as V);
}

/** Defines each property of the table as an accessor; read-only ones get no setter, as in Office.js. */
export function defineProps<T>(cls: { prototype: object }, props: Props<T>): void {
  for (const [name, def] of Object.entries(props)) {
    Object.defineProperty(cls.prototype, name, {
      get(this: ClientObject<T>) {
        return this._read(name);
      },
      ...(def.set
        ? {
            set(this: ClientObject<T>, value: unknown) {
              this._write(name, value);
            },
          }
        : {}),
      configurable: true,
    });
  }
}

/** Loadable collection: `items` throws until a load of the collection has been synced. */
export abstract class CollectionObject<T, I> extends ClientObject<T> {
  private _items: I[] | undefined = undefined;

  get items(): I[] {
    if (this._items === undefined) throw notLoaded(this._entity, "items");
    return this._items;
  }

  protected abstract _members(target: T): unknown[];
  protected abstract _itemProxy(member: unknown, values: Map<string, unknown>): I;
  /** An item found only when a command first needs it (getItemAt, getItem by id). */
  protected abstract _lazyItem(path: string, find: () => unknown): I;
  protected abstract get _itemProps(): Props<unknown>;

  override _wireValue(): Record<string, unknown> | null {
    if (this._isNull === true) return null;
    return {
      _Items: this.items.map((item) => (item as unknown as ClientObject<unknown>)._wireValue()),
    };
  }

  /**
   * The item at this position when a command first uses it, as the Office.js client addresses an
   * item whose load answer carried no id: deleting an earlier item in the same batch shifts it.
   */
  getItemAt(index: number): I {
    return this._lazyItem(`${this._path}.getItemAt(${index})`, () => {
      const member = this._members(this._target())[index];
      if (member === undefined)
        throw new FakeOfficeError(
          "ItemNotFound",
          `The collection has no item at ${index}.`,
          `${this._entity}.getItemAt`,
        );
      return member;
    });
  }

  override load(select?: string | string[] | { select?: string }): this {
    const itemProps = this._itemProps;
    const requested = selectList(select, []).map((s) => s.replace(/^items\//, ""));
    const names = requested.length > 0 ? requested : Object.keys(itemProps).filter((k) => itemProps[k]?.get);
    for (const name of names) {
      if (!itemProps[name]?.get)
        throw invalidArgument(
          `${this._entity} items have no loadable property '${name}'.`,
          `${this._entity}.load`,
        );
    }
    const since = names.reduce((v, n) => maxVersion(v, itemProps[n]?.since), this._since);
    this.context.enqueue({
      op: `${this._entity}.load`,
      path: this._path,
      detail: names,
      since,
      exec: () => {
        const members = this._members(this._target());
        const loaded = members.map(
          (m) => new Map(names.map((n) => [n, clone((itemProps[n]?.get as (t: unknown) => unknown)(m))])),
        );
        this.context.returned += payloadBytes(
          names,
          loaded.map((m) => [...m.values()]),
        );
        return () => {
          this._isNull = false;
          this._items = members.map((m, i) => this._itemProxy(m, loaded[i] as Map<string, unknown>));
        };
      },
    });
    return this;
  }
}

export function withLoaded<P extends { _isNull: boolean | undefined }>(
  proxy: P,
  values: Map<string, unknown>,
): P {
  const internals = proxy as unknown as { _local: Map<string, unknown>; _lastLoad: readonly string[] };
  for (const [k, v] of values) internals._local.set(k, v);
  internals._lastLoad = [...values.keys()];
  proxy._isNull = false;
  return proxy;
}
