/**
 * How big a request is as Office.js serialises it, and commands packed into requests under a budget.
 *
 * Office.js sends each sync as { Actions, ObjectPaths } (test/support/officeWire.ts runs Microsoft's
 * own client to see it): every object a command reaches is an object path and an Instantiate action
 * (a range also a _KeepReference and a second Instantiate); each property set or method call is an
 * action carrying its arguments' JSON; a 2-D array of more than 1,500 cells is sent in chunks of
 * rows, each reached through GetRow and GetBoundingRect. `recordedBytes` runs the commands on a
 * recorder that adds up those entries at the size of the largest ids, so a step is sized by what it
 * does, not by a guess per cell; test/excel/requestSizes.test.ts holds it to the real client.
 */

/**
 * What one request may carry by the recorder's count: Excel on the web refuses more than 5 MB
 * (5,242,880 bytes), so a request stays under 4 MB with the recorder's own error to spare.
 */
export const REQUEST_BUDGET_BYTES = 3_800_000;

/** The UTF-8 size of the value's JSON, as a request carries it; counted by hand, since jsdom (where the pane is tested) has no TextEncoder. */
export function jsonBytes(value: unknown): number {
  let bytes = 0;
  for (const ch of JSON.stringify(value) ?? "null") {
    const code = ch.codePointAt(0) as number;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Commands queued together and their size in a request. */
export interface WriteStep {
  bytes: number;
  queue(): void;
}

/**
 * Steps in order, in as few requests as fit the budget: a step is never split, and one larger than
 * the budget goes alone.
 */
export function packSteps<T extends WriteStep>(steps: readonly T[], budget = REQUEST_BUDGET_BYTES): T[][] {
  const batches: T[][] = [];
  let size = Infinity;
  for (const step of steps) {
    const last = batches[batches.length - 1];
    if (last !== undefined && size + step.bytes <= budget) {
      last.push(step);
      size += step.bytes;
    } else {
      batches.push([step]);
      size = REQUEST_OVERHEAD_BYTES + step.bytes;
    }
  }
  return batches;
}

/** A step of `commands` on what `target` gives when it is queued, sized by recording the commands. */
export function sizedStep<T>(target: () => T, commands: (target: T) => void): WriteStep {
  return { bytes: recordedBytes(commands), queue: () => commands(target()) };
}

// ── the entries of a request, at the largest ids a request has (six digits) ──

const ID = 999_999;
/** `"999999":` before each object path, and the comma after each entry. */
const KEY = jsonBytes(String(ID)) + 2;
const INSTANTIATE = jsonBytes({ Id: ID, ActionType: 1, Name: "", ObjectPathId: ID }) + 1;
const PATH = jsonBytes({ Id: ID, ObjectPathType: 3, Name: "", ParentObjectPathId: ID }) + KEY;
/** An action, with the list ("L") Office.js adds of the object paths it is the last to use. */
const ACTION = jsonBytes({ Id: ID, ActionType: 3, Name: "", ObjectPathId: ID, L: [] }) + 1;
/** Each object path a request uses is listed once, in the L of the last action using it. */
const L_SLOT = String(ID).length + 1;
/** `,"ArgumentInfo":{"Arguments":[…]}` around the arguments. */
const ARGUMENTS = jsonBytes({ ArgumentInfo: { Arguments: [] } }) - 1;
/** `,"ReferencedObjectPathIds":[…]`, and a slot in it for each argument. */
const REFERENCED = jsonBytes({ ReferencedObjectPathIds: [] }) - 1;
const REFERENCED_SLOT = String(ID).length + 1;
const KEEP = ACTION + "_KeepReference".length + ARGUMENTS + INSTANTIATE;
/** An untracked range (`untrack()`) has no _KeepReference: its second Instantiate and its path's `,"D":true`. */
const UNTRACKED = INSTANTIATE + jsonBytes({ D: true }) - 1;
/** What a step starts from: an object by its id (a sheet, a conditional format), one path. */
const ROOT = PATH + INSTANTIATE + ARGUMENTS + jsonBytes("{00000000-0001-0000-0000-000000000002}");
/** What every request carries once: its envelope, the workbook and its worksheets. */
export const REQUEST_OVERHEAD_BYTES =
  jsonBytes({ AutoKeepReference: true, Actions: [], ObjectPaths: {} }) +
  2 * (PATH + INSTANTIATE) +
  "Worksheets".length;

/** Methods that give an object: Office.js sends their call as a path, used or not. */
const OBJECT_METHOD = /^(get[A-Z]|add)/;

/** Office.js sends a 2-D array of more cells than this in chunks of rows (its setRangePropertiesInBulk). */
const BULK_CELLS = 1500;

/** Methods that give a Range, which Excel.run keeps (a _KeepReference) to use after the sync. */
const RANGE_METHOD =
  /^get(Range|UsedRange|Cell|Row|Column|BoundingRect|Entire|Offset|Resized|Intersection|Last)/;

const argumentBytes = (args: readonly unknown[]): number => {
  let bytes = ARGUMENTS + Math.max(0, args.length - 1);
  let referenced = 0;
  for (const arg of args) {
    if (isRecorded(arg)) {
      bytes += String(ID).length;
      referenced++;
    } else bytes += jsonBytes(arg ?? null);
  }
  return referenced > 0 ? bytes + REFERENCED + REFERENCED_SLOT * args.length : bytes;
};

/** The extra entries of a bulk write of `rows` × `columns` cells, beyond its single action. */
function bulkBytes(name: string, rows: number, columns: number): number {
  if (rows * columns <= BULK_CELLS) return 0;
  const chunks = Math.ceil(rows / Math.max(1, Math.round(BULK_CELLS / columns)));
  // Each chunk's paths are instantiated twice and flagged `"D":true`.
  const flag = jsonBytes({ D: true });
  const getRow = PATH + "GetRow".length + ARGUMENTS + String(rows).length + 2 * INSTANTIATE + flag;
  const rect = PATH + "GetBoundingRect".length + argumentBytes([RECORDED_MARK]) + 2 * INSTANTIATE + flag;
  const set = ACTION + name.length + ARGUMENTS;
  const validate = ACTION + "_ValidateArraySize".length + ARGUMENTS + jsonBytes([rows, columns]);
  return validate + chunks * (2 * getRow + rect + set + 3 * L_SLOT);
}

// ── the recorder ──

const RECORDED = Symbol("recorded");
const RECORDED_MARK = { [RECORDED]: true };

function isRecorded(value: unknown): boolean {
  return (typeof value === "function" || typeof value === "object") && value !== null && RECORDED in value;
}

interface Node {
  /** The path's own bytes, paid once the object is used; 0 for the step's root. */
  pathBytes: number;
  /** What a call costs when its result is never used: an action instead of a path. */
  actionBytes: number;
  used: boolean;
  children: Map<string, Node>;
  range: boolean;
  untracked: boolean;
  /** A call that gives an object (get…, add), a path even when nothing uses it. */
  object: boolean;
}

/**
 * The request bytes of `commands` run on a stand-in for their target: every member read is an
 * object (a property path, once per parent), every call a path or, when its result is not used,
 * an action; every property set an action carrying the value. Nothing real is touched, so the
 * commands must reach Excel only through their argument.
 */
export function recordedBytes<T>(commands: (target: T) => void): number {
  let total = ROOT;
  const calls: Node[] = [];
  const use = (node: Node): void => {
    if (node.used) return;
    node.used = true;
    total += node.pathBytes + L_SLOT + (node.range ? (node.untracked ? UNTRACKED : KEEP) : 0);
  };
  const nodes = new WeakMap<object, Node>();
  /** An object passed as an argument (a range to a name) is sent as a path like one used directly. */
  const useArguments = (args: readonly unknown[]): void => {
    for (const arg of args) {
      const node = isRecorded(arg) ? nodes.get(arg as object) : undefined;
      if (node !== undefined) use(node);
    }
  };
  const untrack = (node: Node): void => {
    if (!node.range || node.untracked) return;
    node.untracked = true;
    if (node.used) total += UNTRACKED - KEEP;
  };
  const proxyOf = (node: Node): unknown => {
    const proxy = new Proxy(function recorded() {}, {
      has: (_t, key) => key === RECORDED,
      get: (_t, key) => {
        if (key === RECORDED) return true;
        if (typeof key === "symbol" || key === "then" || key === "toJSON") return undefined;
        if (key === "untrack" && node.range)
          return () => {
            untrack(node);
            return proxyOf(node);
          };
        use(node);
        let child = node.children.get(key);
        if (child === undefined) {
          child = {
            pathBytes: PATH + key.length + INSTANTIATE,
            actionBytes: 0,
            used: false,
            children: new Map(),
            range: false,
            untracked: false,
            object: false,
          };
          node.children.set(key, child);
        }
        return callable(key, child);
      },
      set: (_t, key, value) => {
        use(node);
        const name = String(key);
        useArguments([value]);
        total += ACTION + name.length + argumentBytes([value]);
        if (node.range && Array.isArray(value) && Array.isArray(value[0]))
          total += bulkBytes(name, value.length, (value[0] as unknown[]).length);
        return true;
      },
    });
    nodes.set(proxy, node);
    return proxy;
  };
  /** A member that is either an object (used as one) or a method (called). */
  const callable = (name: string, member: Node): unknown => {
    const asObject = proxyOf(member) as object;
    const wrapper = new Proxy(asObject, {
      apply: (_t, _this, args: unknown[]) => {
        useArguments(args);
        const result: Node = {
          pathBytes: PATH + name.length + argumentBytes(args) + INSTANTIATE,
          actionBytes: ACTION + name.length + argumentBytes(args),
          used: false,
          children: new Map(),
          range: RANGE_METHOD.test(name),
          untracked: false,
          object: OBJECT_METHOD.test(name),
        };
        calls.push(result);
        return proxyOf(result);
      },
    });
    nodes.set(wrapper, member);
    return wrapper;
  };
  commands(
    proxyOf({
      pathBytes: 0,
      actionBytes: 0,
      used: true,
      children: new Map(),
      range: false,
      untracked: false,
      object: false,
    }) as T,
  );
  // A call whose result is never used is an action, except one that gives an object (names.add
  // gives the NamedItem): Office.js sends that as a path with its Instantiate all the same.
  for (const call of calls) if (!call.used && !call.object) total += call.actionBytes;
  for (const call of calls) if (call.object) use(call);
  return total;
}
