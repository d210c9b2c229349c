import { formatAddress, overlaps, parseAddress } from "./address";
import { ClientObject, CollectionObject, Props, defineProps, seal, withLoaded } from "./clientObject";
import { FakeOfficeError, invalidArgument } from "./errors";
import { ConditionalBorderModel, ConditionalFormatModel, FakeSheet, conditionalFormat } from "./model";
import { BORDER_STYLES, COLOR } from "./rangeFormat";
import { RangeTarget, assertEditable } from "./ranges";

type ConditionalTarget = { sheet: FakeSheet; model: ConditionalFormatModel };

/** The sheet's conditional formats that touch a range, in priority order, as Excel lists them. */
export class ConditionalFormatCollectionProxy extends CollectionObject<RangeTarget, ConditionalFormatProxy> {
  get _entity(): string {
    return "ConditionalFormatCollection";
  }
  protected get _props(): Props<RangeTarget> {
    return {};
  }
  protected get _itemProps(): Props<unknown> {
    return CF_PROPS as Props<unknown>;
  }
  protected _members(t: RangeTarget): unknown[] {
    return t.sheet.conditionalFormats
      .filter((cf) => overlaps(parseAddress(cf.range, "cf"), t.addr))
      .map((model) => ({ sheet: t.sheet, model }));
  }
  protected _itemProxy(member: unknown, values: Map<string, unknown>): ConditionalFormatProxy {
    const t = member as ConditionalTarget;
    return withLoaded(
      this._lazyItem(`${this._path}.getItem(${JSON.stringify(t.model.id)})`, () =>
        t.sheet.conditionalFormats.includes(t.model) ? t : null,
      ),
      values,
    );
  }
  protected _lazyItem(path: string, find: () => unknown): ConditionalFormatProxy {
    return seal(
      new ConditionalFormatProxy(this.context, path, () => find() as ConditionalTarget | null, this._since),
    );
  }
  /** By id (ExcelApi 1.6), as the Office.js client addresses an item whose load answer carried its id. */
  getItem(id: string): ConditionalFormatProxy {
    return this._lazyItem(`${this._path}.getItem(${JSON.stringify(id)})`, () => {
      const member = this._members(this._target()).find((m) => (m as ConditionalTarget).model.id === id);
      if (member === undefined)
        throw new FakeOfficeError(
          "ItemNotFound",
          `The requested resource '${id}' doesn't exist.`,
          "ConditionalFormatCollection.getItem",
        );
      return member;
    });
  }
  add(type: string): ConditionalFormatProxy {
    const proxy = seal(
      new ConditionalFormatProxy(
        this.context,
        `${this._path}.add(${JSON.stringify(type)})`,
        () => null,
        this._since,
      ),
    );
    this._call("add", type, (t) => {
      const where = "ConditionalFormatCollection.add";
      if (type !== "Custom") throw new Error(`The fake models custom conditional formats only, not ${type}.`);
      assertEditable(t, where, "format");
      const model = conditionalFormat(formatAddress(t.addr), type);
      t.sheet.conditionalFormats.unshift(model);
      proxy._bind({ sheet: t.sheet, model });
    });
    return proxy;
  }
}

const CF_PROPS: Props<ConditionalTarget> = {
  type: { get: (t) => t.model.type },
  id: { get: (t) => t.model.id },
  priority: { get: (t) => t.sheet.conditionalFormats.indexOf(t.model) },
  stopIfTrue: {
    get: (t) => t.model.stopIfTrue,
    set: (t, v, where) => {
      if (typeof v !== "boolean")
        throw invalidArgument(`stopIfTrue is true or false, not ${String(v)}.`, where);
      assertEditable({ sheet: t.sheet, addr: parseAddress(t.model.range, where) }, where, "format");
      t.model.stopIfTrue = v;
    },
  },
};

class ConditionalFormatProxy extends ClientObject<ConditionalTarget> {
  get _entity(): string {
    return "ConditionalFormat";
  }
  protected get _props(): Props<ConditionalTarget> {
    return CF_PROPS;
  }
  get custom(): CustomConditionalFormatProxy {
    return this._nav(
      "custom",
      () =>
        new CustomConditionalFormatProxy(
          this.context,
          `${this._path}.custom`,
          () => {
            const { model } = this._target();
            if (model.type !== "Custom")
              throw new FakeOfficeError(
                "InvalidOperation",
                `A ${model.type} conditional format has no custom rule.`,
                "ConditionalFormat.custom",
              );
            return model;
          },
          this._since,
        ),
    );
  }
  delete(): void {
    this._call("delete", undefined, (t) => {
      const where = "ConditionalFormat.delete";
      assertEditable({ sheet: t.sheet, addr: parseAddress(t.model.range, where) }, where, "format");
      t.sheet.conditionalFormats.splice(t.sheet.conditionalFormats.indexOf(t.model), 1);
    });
  }
}
defineProps(ConditionalFormatProxy, CF_PROPS);

class CustomConditionalFormatProxy extends ClientObject<ConditionalFormatModel> {
  get _entity(): string {
    return "CustomConditionalFormat";
  }
  protected get _props(): Props<ConditionalFormatModel> {
    return {};
  }
  get rule(): ConditionalFormatRuleProxy {
    return this._nav(
      "rule",
      () =>
        new ConditionalFormatRuleProxy(this.context, `${this._path}.rule`, () => this._target(), this._since),
    );
  }
  get format(): ConditionalRangeFormatProxy {
    return this._nav(
      "format",
      () =>
        new ConditionalRangeFormatProxy(
          this.context,
          `${this._path}.format`,
          () => this._target(),
          this._since,
        ),
    );
  }
}

const CF_RULE_PROPS: Props<ConditionalFormatModel> = {
  formula: {
    get: (m) => m.formula,
    set: (m, v, where) => {
      if (typeof v !== "string" || !v.startsWith("="))
        throw invalidArgument(`A conditional format formula starts with "=": ${String(v)}.`, where);
      m.formula = v;
    },
  },
};

class ConditionalFormatRuleProxy extends ClientObject<ConditionalFormatModel> {
  get _entity(): string {
    return "ConditionalFormatRule";
  }
  protected get _props(): Props<ConditionalFormatModel> {
    return CF_RULE_PROPS;
  }
}
defineProps(ConditionalFormatRuleProxy, CF_RULE_PROPS);

class ConditionalRangeFormatProxy extends ClientObject<ConditionalFormatModel> {
  get _entity(): string {
    return "ConditionalRangeFormat";
  }
  protected get _props(): Props<ConditionalFormatModel> {
    return {};
  }
  get fill(): ConditionalFillProxy {
    return this._nav(
      "fill",
      () => new ConditionalFillProxy(this.context, `${this._path}.fill`, () => this._target(), this._since),
    );
  }
  get font(): ConditionalFontProxy {
    return this._nav(
      "font",
      () => new ConditionalFontProxy(this.context, `${this._path}.font`, () => this._target(), this._since),
    );
  }
  get borders(): ConditionalBorderCollectionProxy {
    return this._nav(
      "borders",
      () =>
        new ConditionalBorderCollectionProxy(
          this.context,
          `${this._path}.borders`,
          () => this._target(),
          this._since,
        ),
    );
  }
}

function conditionalColorProps(key: "fill" | "fontColor"): Props<ConditionalFormatModel> {
  return {
    color: {
      get: (m) => m[key],
      set: (m, v, where) => {
        if (!COLOR(v)) throw invalidArgument(`Bad colour ${String(v)}.`, where);
        m[key] = (v as string).toUpperCase();
      },
    },
  };
}

const CF_FILL_PROPS = conditionalColorProps("fill");
const CF_FONT_PROPS = conditionalColorProps("fontColor");

class ConditionalFillProxy extends ClientObject<ConditionalFormatModel> {
  get _entity(): string {
    return "ConditionalRangeFill";
  }
  protected get _props(): Props<ConditionalFormatModel> {
    return CF_FILL_PROPS;
  }
}
defineProps(ConditionalFillProxy, CF_FILL_PROPS);

class ConditionalFontProxy extends ClientObject<ConditionalFormatModel> {
  get _entity(): string {
    return "ConditionalRangeFont";
  }
  protected get _props(): Props<ConditionalFormatModel> {
    return CF_FONT_PROPS;
  }
}
defineProps(ConditionalFontProxy, CF_FONT_PROPS);

/** A conditional format draws only the outer edges of a cell. */
const CONDITIONAL_BORDER_INDEXES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];

class ConditionalBorderCollectionProxy extends ClientObject<ConditionalFormatModel> {
  get _entity(): string {
    return "ConditionalRangeBorderCollection";
  }
  protected get _props(): Props<ConditionalFormatModel> {
    return {};
  }
  getItem(index: string): ConditionalBorderProxy {
    if (!CONDITIONAL_BORDER_INDEXES.includes(index))
      throw invalidArgument(`Unknown border '${index}'.`, "ConditionalRangeBorderCollection.getItem");
    return seal(
      new ConditionalBorderProxy(
        this.context,
        `${this._path}.getItem(${JSON.stringify(index)})`,
        () => {
          const model = this._target();
          model.borders[index] ??= { style: null, color: null };
          return model.borders[index] as ConditionalBorderModel;
        },
        this._since,
      ),
    );
  }
}

const CF_BORDER_PROPS: Props<ConditionalBorderModel> = {
  style: {
    get: (b) => b.style,
    set: (b, v, where) => {
      if (!BORDER_STYLES.has(v as string))
        throw invalidArgument(`Unknown border style '${String(v)}'.`, where);
      b.style = v as string;
    },
  },
  color: {
    get: (b) => b.color,
    set: (b, v, where) => {
      if (!COLOR(v)) throw invalidArgument(`Bad colour ${String(v)}.`, where);
      b.color = (v as string).toUpperCase();
    },
  },
};

class ConditionalBorderProxy extends ClientObject<ConditionalBorderModel> {
  get _entity(): string {
    return "ConditionalRangeBorder";
  }
  protected get _props(): Props<ConditionalBorderModel> {
    return CF_BORDER_PROPS;
  }
}
defineProps(ConditionalBorderProxy, CF_BORDER_PROPS);
