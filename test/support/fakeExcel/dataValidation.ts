import { ClientObject, Props, clone, defineProps } from "./clientObject";
import { FakeOfficeError, invalidArgument } from "./errors";
import { ValidationModel } from "./model";
import { RangeTarget, assertEditable, forEachCell } from "./ranges";

const RULE_KINDS = new Set(["wholeNumber", "decimal", "date", "time", "textLength", "list", "custom"]);
const ALERT_STYLES = new Set(["Stop", "Warning", "Information"]);

/** The validation every cell of the range shares; setting anything but the rule needs one. */
function sharedValidation(t: RangeTarget, where: string): ValidationModel {
  const first = t.sheet.peek(t.addr.top, t.addr.left)?.validation ?? null;
  let same = first !== null;
  forEachCell(t, where, (cell) => (same &&= cell.validation === first));
  if (!same || first === null)
    throw new FakeOfficeError("InvalidOperation", "Set the validation rule of this range first.", where);
  return first;
}

function checkTexts(v: { title?: unknown; message?: unknown }, where: string): void {
  if (typeof v.title === "string" && v.title.length > 32)
    throw invalidArgument(`The title '${v.title}' is longer than 32 characters.`, where);
  if (typeof v.message === "string" && v.message.length > 255)
    throw invalidArgument(`A message is longer than 255 characters (${v.message.length}).`, where);
}

const DATA_VALIDATION_PROPS: Props<RangeTarget> = {
  rule: {
    get: (t) => sharedValidation(t, "DataValidation.rule").rule,
    set: (t, v, where) => {
      const keys = Object.keys((v ?? {}) as object);
      if (keys.length !== 1 || !RULE_KINDS.has(keys[0] as string))
        throw invalidArgument(`Bad validation rule ${JSON.stringify(v)}.`, where);
      assertEditable(t, where, "format");
      const model: ValidationModel = {
        rule: clone(v as Record<string, unknown>),
        ignoreBlanks: true,
        prompt: null,
        errorAlert: null,
      };
      forEachCell(t, where, (cell) => (cell.validation = model));
    },
  },
  ignoreBlanks: {
    get: (t) => sharedValidation(t, "DataValidation.ignoreBlanks").ignoreBlanks,
    set: (t, v, where) => {
      sharedValidation(t, where).ignoreBlanks = v as boolean;
    },
  },
  prompt: {
    get: (t) => sharedValidation(t, "DataValidation.prompt").prompt,
    set: (t, v, where) => {
      const p = v as ValidationModel["prompt"] & object;
      checkTexts(p, where);
      sharedValidation(t, where).prompt = { showPrompt: p.showPrompt, title: p.title, message: p.message };
    },
  },
  errorAlert: {
    get: (t) => sharedValidation(t, "DataValidation.errorAlert").errorAlert,
    set: (t, v, where) => {
      const e = v as ValidationModel["errorAlert"] & object;
      checkTexts(e, where);
      if (!ALERT_STYLES.has(e.style)) throw invalidArgument(`Unknown alert style '${e.style}'.`, where);
      sharedValidation(t, where).errorAlert = {
        showAlert: e.showAlert,
        style: e.style,
        title: e.title,
        message: e.message,
      };
    },
  },
};

export class DataValidationProxy extends ClientObject<RangeTarget> {
  get _entity(): string {
    return "DataValidation";
  }
  protected get _props(): Props<RangeTarget> {
    return DATA_VALIDATION_PROPS;
  }
}
defineProps(DataValidationProxy, DATA_VALIDATION_PROPS);
