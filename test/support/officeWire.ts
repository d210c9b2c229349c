/**
 * Microsoft's own Office.js client in front of the fake workbook.
 *
 * The Excel client of @microsoft/office-js runs in a jsdom window: the add-in's code queues proxy
 * calls on a real `Excel.RequestContext`, which serialises each sync into the request Excel would
 * receive ({ Actions, ObjectPaths }). Instead of sending it, the transport below plays it against
 * the fake (fakeExcel.ts): every object path becomes the fake's proxy reached the same way
 * (worksheets → getItem("…") → getRange("A1")), every action a call on it, and the fake's answers go
 * back as the Results Office.js reads. So request sizes, action order and how an item is addressed
 * (by id, or by position when its load answer carried no id) are the real client's; what Excel
 * does with them (values typed, protection, errors) is the fake's.
 *
 * What the host answers is assumed, not measured: an Instantiate is answered with a reference id
 * when the client asked to keep a reference (Excel.run keeps ranges), with the object's id when the
 * request created it (`add`: Office.js could not use a new sheet in a later sync otherwise), and
 * with no id otherwise; a load carries exactly the properties asked for, ids only when asked. So an
 * item loaded without its id is addressed by position, the case that can go wrong.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FakeClientResult, FakeOfficeError, FakeRequestContext, type FakeExcel } from "./fakeExcel";

/** The package version whose private fields (`_requestExecutor`, `m_requestUrlAndHeaderInfo`) this uses. */
export const OFFICE_JS_VERSION = "1.1.110";
/** Excel on the web refuses a request or a response over 5 MB. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

const PACKAGE = join(__dirname, "../../node_modules/@microsoft/office-js");

interface OfficeJs {
  Excel: typeof Excel;
  /** The client asks `window.Office` which requirement sets the host has (and splits big writes from 1.3). */
  window: { Office?: unknown; clearTimeout(id: number): void };
  /** Timers the client set and that have not run: a failed release's retries, cleared by `uninstall`. */
  timers: Set<number>;
}

/**
 * Which of the package's Excel clients: the one Excel on the web loads, or those of Excel on
 * Windows and on Mac (dist/excel-<build>.debug.js).
 */
export type OfficeBuild = "web-16.00" | "win32-16.01" | "mac-16.00";

const loaded = new Map<OfficeBuild, OfficeJs>();

/** The real Excel namespace of that build, loaded once per test file. */
export function officeJs(build: OfficeBuild = "web-16.00"): OfficeJs {
  const known = loaded.get(build);
  if (known !== undefined) return known;
  const version = (JSON.parse(readFileSync(join(PACKAGE, "package.json"), "utf8")) as { version: string })
    .version;
  if (version !== OFFICE_JS_VERSION)
    throw new Error(
      `@microsoft/office-js is ${version}; test/support/officeWire.ts drives private fields of ` +
        `${OFFICE_JS_VERSION}. Check them in dist/excel-web-16.00.debug.js and update OFFICE_JS_VERSION.`,
    );
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { JSDOM } = require("jsdom") as typeof import("jsdom");
  const dom = new JSDOM("<!doctype html><html><body></body></html>", {
    runScripts: "outside-only",
    url: "https://localhost/",
  });
  const timers = new Set<number>();
  const later = dom.window.setTimeout.bind(dom.window);
  dom.window.setTimeout = ((run: () => void, ms?: number) => {
    const id = later(() => {
      timers.delete(id);
      run();
    }, ms);
    timers.add(id);
    return id;
  }) as typeof dom.window.setTimeout;
  dom.window.eval(readFileSync(join(PACKAGE, `dist/excel-${build}.debug.js`), "utf8"));
  const window = dom.window as unknown as OfficeJs["window"] & {
    Excel?: typeof Excel;
    OfficeExtension: { Utility: { _synchronousCleanup: boolean } };
  };
  if (window.Excel === undefined || typeof window.Excel.RequestContext !== "function")
    throw new Error(`dist/excel-${build}.debug.js did not define Excel.RequestContext.`);
  // Excel.run's release of the ranges it kept is sent after the run resolves; here the run waits
  // for it, so an action's figures hold its release and no release outlives its test.
  window.OfficeExtension.Utility._synchronousCleanup = true;
  const client = { Excel: window.Excel, window, timers };
  loaded.set(build, client);
  return client;
}

// ── the request Office.js sends ──

interface ArgumentInfo {
  Arguments?: unknown[];
  ReferencedObjectPathIds?: unknown[];
}

interface WireObjectPath {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

interface WireAction {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[]; Expand?: string[]; Top?: number; Skip?: number };
}

export interface WireBody {
  Actions: WireAction[];
  ObjectPaths: Record<string, WireObjectPath>;
}

interface WireResponse {
  ErrorCode: string;
  ErrorMessage?: string;
  HttpStatusCode: number;
  Headers: Record<string, string>;
  Body: {
    Results: { ActionId: number; Value: unknown }[];
    Error?: { Code: string; Message: string; Location: string };
  };
}

const OBJECT_PATH = { global: 1, method: 3, property: 4, indexer: 5, referenceId: 6 } as const;
const ACTION = { instantiate: 1, query: 2, method: 3, setProperty: 4, trace: 5 } as const;

/** One request as the real client serialised it, and the answer. */
export interface WireRequest {
  body: WireBody;
  /** JSON of the request body in UTF-8: what Excel on the web's 5 MB limit applies to. */
  bytes: number;
  responseBytes: number;
  error: string | null;
  /**
   * Excel.run's release of the ranges it kept, sent after the run has already resolved (Office.js
   * does not wait for it): a request Excel receives, under the same limit, not a round trip the
   * clerk waits for. One refused is sent again twice, 5 s apart, and the ranges stay held.
   */
  cleanup: boolean;
}

/** What the translation needs of a fake proxy; the members are the fake's own (fakeExcel.ts). */
interface Proxy {
  _isNull: boolean | undefined;
  _instantiate(): void;
  _wireValue(): Record<string, unknown> | null;
  _wireId(): string | undefined;
  load(select?: string): unknown;
  [member: string]: unknown;
}

const utf8 = (value: unknown): number => Buffer.byteLength(JSON.stringify(value), "utf8");
const memberName = (wire: string): string => wire.charAt(0).toLowerCase() + wire.slice(1);

/** A wire name the fake does not model is the test's problem, not Excel's: said loudly. */
class NotModelled extends Error {}

/**
 * One Excel.run's host: the fake context its requests are played on, and the objects the client
 * asked to keep between requests (its `_KeepReference`), by reference id.
 */
class Session {
  readonly context: FakeRequestContext;
  private readonly kept = new Map<string, Proxy>();
  private nextReference = 1;

  constructor(private readonly wire: OfficeWire) {
    this.context = new FakeRequestContext(wire.fake);
  }

  async answer(body: WireBody): Promise<WireResponse> {
    const text = JSON.stringify(body);
    const bytes = Buffer.byteLength(text, "utf8");
    // A copy: once answered, the client rewrites its object paths in place (by id, by reference).
    const cleanup =
      body.Actions.some((a) => a.Name === "_RemoveReference") &&
      body.Actions.every((a) => a.Name === "_RemoveReference" || a.ActionType === ACTION.instantiate);
    // Kept as its text, parsed when a test reads it: a thousand files' requests held as objects
    // were most of the harness's memory and time.
    let parsed: WireBody | undefined;
    const record: WireRequest = {
      get body(): WireBody {
        parsed ??= JSON.parse(text) as WireBody;
        return parsed;
      },
      bytes,
      responseBytes: 0,
      error: null,
      cleanup,
    };
    this.wire.requests.push(record);
    const fail = (code: string, message: string, status: number): WireResponse => {
      record.error = code;
      return {
        ErrorCode: code,
        ErrorMessage: message,
        HttpStatusCode: status,
        Headers: {},
        Body: { Results: [] },
      };
    };
    if (bytes > this.wire.limit)
      return fail(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${bytes} bytes) has exceeded the limit.`,
        413,
      );
    if (cleanup) return { ErrorCode: "", HttpStatusCode: 200, Headers: {}, Body: { Results: [] } };

    const paths = new Map<number, Proxy>();
    const resolve = (id: number): Proxy => {
      const known = paths.get(id);
      if (known !== undefined) return known;
      const proxy = this.objectAt(body, id, resolve);
      paths.set(id, proxy);
      return proxy;
    };
    const keep = new Set(
      body.Actions.filter((a) => a.ActionType === ACTION.method && a.Name === "_KeepReference").map(
        (a) => a.ObjectPathId,
      ),
    );
    const pending: { action: WireAction; value: () => unknown }[] = [];
    const counted = this.wire.fake.syncs.length;
    try {
      try {
        for (const action of body.Actions) {
          const value = this.play(body, action, resolve, keep);
          if (value !== undefined) pending.push({ action, value });
        }
      } catch (refused) {
        // Refused as it was queued (a property the object does not have): Excel runs what came before.
        if (refused instanceof FakeOfficeError) await this.context.sync();
        throw refused;
      }
      await this.context.sync();
    } catch (error) {
      if (!(error instanceof FakeOfficeError)) {
        this.wire.unexpected.push(error instanceof Error ? error : new Error(String(error)));
        return fail("GeneralException", String(error), 500);
      }
      record.error = error.code;
      const response: WireResponse = {
        ErrorCode: "",
        HttpStatusCode: 200,
        Headers: {},
        Body: {
          Results: [],
          Error: { Code: error.code, Message: error.message, Location: error.debugInfo.errorLocation ?? "" },
        },
      };
      record.responseBytes = utf8(response.Body);
      this.countInFake(counted, record, body);
      return response;
    }
    const results = pending.map(({ action, value }) => ({ ActionId: action.Id, Value: value() }));
    const responseBody = { Results: results };
    record.responseBytes = utf8(responseBody);
    this.countInFake(counted, record, body);
    if (record.responseBytes > this.wire.limit)
      return fail(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size (${record.responseBytes} bytes) has exceeded the limit.`,
        413,
      );
    return { ErrorCode: "", HttpStatusCode: 200, Headers: {}, Body: responseBody };
  }

  /**
   * The fake counts syncs and sizes by its own estimate; behind the real client its record of this
   * request gets the real figures, so a test reading `fake.syncs` reads what Office.js sent.
   */
  private countInFake(counted: number, record: WireRequest, body: WireBody): void {
    const syncs = this.wire.fake.syncs;
    if (syncs.length === counted) syncs.push({ commands: 0, bytes: 0, responseBytes: 0 });
    const last = syncs[syncs.length - 1] as (typeof syncs)[number];
    last.commands = body.Actions.length;
    last.bytes = record.bytes;
    last.responseBytes = record.responseBytes;
  }

  /** The fake proxy an object path leads to, reached as the add-in's code would reach it. */
  private objectAt(body: WireBody, id: number, resolve: (id: number) => Proxy): Proxy {
    const path = body.ObjectPaths[String(id)];
    if (path === undefined) throw new NotModelled(`The request has no object path ${id}.`);
    if (path.ObjectPathType === OBJECT_PATH.global) return this.context.workbook as unknown as Proxy;
    if (path.ObjectPathType === OBJECT_PATH.referenceId) {
      const kept = this.kept.get(path.Name);
      if (kept === undefined) throw new NotModelled(`No object was kept as ${path.Name}.`);
      return kept;
    }
    const parent = resolve(path.ParentObjectPathId as number);
    const args = this.argumentsOf(path.ArgumentInfo, resolve);
    switch (path.ObjectPathType) {
      case OBJECT_PATH.property:
        return this.member(parent, path.Name) as Proxy;
      case OBJECT_PATH.indexer:
        return this.call(parent, "GetItem", args) as Proxy;
      case OBJECT_PATH.method:
        return this.call(parent, path.Name, args) as Proxy;
      default:
        throw new NotModelled(`Object path type ${path.ObjectPathType} is not modelled.`);
    }
  }

  /** Runs one action on the fake; returns how to read its result after the sync, if it has one. */
  private play(
    body: WireBody,
    action: WireAction,
    resolve: (id: number) => Proxy,
    keep: Set<number>,
  ): (() => unknown) | undefined {
    if (action.ActionType === ACTION.trace) return undefined;
    const target = resolve(action.ObjectPathId);
    switch (action.ActionType) {
      case ACTION.instantiate: {
        target._instantiate();
        return () => {
          if (target._isNull === true) return null;
          if (keep.has(action.ObjectPathId)) {
            const reference = `{ref-${this.nextReference++}}`;
            this.kept.set(reference, target);
            return { _ReferenceId: reference };
          }
          const path = body.ObjectPaths[String(action.ObjectPathId)];
          const created = path?.ObjectPathType === OBJECT_PATH.method && path.Name.startsWith("Add");
          const id = created ? target._wireId() : undefined;
          return id === undefined ? {} : { _Id: id };
        };
      }
      case ACTION.query: {
        const query = action.QueryInfo ?? {};
        if (query.Expand !== undefined || query.Top !== undefined || query.Skip !== undefined)
          throw new NotModelled(`Query options ${JSON.stringify(query)} are not modelled.`);
        target.load(query.Select?.join(","));
        return () => target._wireValue();
      }
      case ACTION.method: {
        if (action.Name === "_KeepReference" || action.Name === "_RemoveReference") return undefined;
        const result = this.call(target, action.Name, this.argumentsOf(action.ArgumentInfo, resolve));
        return result instanceof FakeClientResult
          ? () => (result as FakeClientResult<unknown>).value
          : undefined;
      }
      case ACTION.setProperty: {
        const name = memberName(action.Name);
        if (!(name in target)) throw new NotModelled(`The fake has no property ${name} to set.`);
        target[name] = action.ArgumentInfo?.Arguments?.[0];
        return undefined;
      }
      default:
        throw new NotModelled(`Action type ${action.ActionType} is not modelled.`);
    }
  }

  private argumentsOf(info: ArgumentInfo | undefined, resolve: (id: number) => Proxy): unknown[] {
    const args = [...(info?.Arguments ?? [])];
    // Office.js puts an object argument's path id in its place, listed here; 0 for a plain value.
    info?.ReferencedObjectPathIds?.forEach((ref, i) => {
      if (typeof ref === "number" && ref > 0) args[i] = resolve(ref);
    });
    // Office.js sends omitted optional arguments as null; the fake's defaults expect undefined.
    while (args.length > 0 && args[args.length - 1] === null) args.pop();
    return args.map((a) => (a === null ? undefined : a));
  }

  private member(target: Proxy, wire: string): unknown {
    const name = memberName(wire);
    if (!(name in target)) throw new NotModelled(`The fake has no ${name} on this object.`);
    return target[name];
  }

  private call(target: Proxy, wire: string, args: unknown[]): unknown {
    const fn = this.member(target, wire);
    if (typeof fn !== "function") throw new NotModelled(`${wire} is not a method in the fake.`);
    return (fn as (...a: unknown[]) => unknown).apply(target, args);
  }
}

/** The wire whose fake answers now; `install` and `uninstall` set it. */
let installed: OfficeWire | null = null;
const answering = (wire: OfficeWire | null): void => {
  installed = wire;
};

const current = (): OfficeWire => {
  if (installed === null) throw new Error("No OfficeWire is installed.");
  return installed;
};

/**
 * The `Excel` and `Office` globals, the same objects for every wire: jest keeps every value a test
 * file has ever put on a global until the file ends, and a thousand-sheet workbook behind each
 * would outgrow the worker's memory.
 */
const EXCEL = {
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => current().run(batch),
  createWorkbook: (base64?: string) => current().fake.createWorkbook(base64),
};
const OFFICE = {
  context: {
    requirements: {
      isSetSupported: (name: string, version?: string) => current().fake.isSetSupported(name, version),
    },
  },
};

/**
 * Puts the real client in front of `fake`: `Excel.run` gives the add-in a real RequestContext whose
 * requests the fake answers. `requests` holds every request sent, in order.
 */
export class OfficeWire {
  readonly requests: WireRequest[] = [];
  /** Failures of the harness or the fake (not Excel errors); `uninstall` throws the first. */
  readonly unexpected: Error[] = [];
  runCount = 0;
  private saved: { Excel: unknown; Office: unknown } | null = null;

  constructor(
    readonly fake: FakeExcel,
    readonly build: OfficeBuild = "web-16.00",
    /** The size over which a request or response is refused: Excel on the web's, unless a test asks less. */
    readonly limit = PAYLOAD_LIMIT,
  ) {}

  /** The requests of the add-in's syncs, without Excel.run's background clean-up. */
  get syncs(): WireRequest[] {
    return this.requests.filter((r) => !r.cleanup);
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  get maxRequestBytes(): number {
    return Math.max(0, ...this.requests.map((r) => r.bytes));
  }

  get maxResponseBytes(): number {
    return Math.max(0, ...this.requests.map((r) => r.responseBytes));
  }

  /** The largest of Excel.run's releases, 0 when no run kept a range. */
  get releaseBytes(): number {
    return Math.max(0, ...this.requests.filter((r) => r.cleanup).map((r) => r.bytes));
  }

  /** Forgets the requests counted so far (after seeding a workbook through the API). */
  resetCounters(): void {
    this.requests.length = 0;
    this.runCount = 0;
    this.fake.resetCounters();
  }

  /** A real RequestContext whose transport is the fake. */
  newContext(): Excel.RequestContext {
    const { Excel: RealExcel } = officeJs(this.build);
    const context = new RealExcel.RequestContext() as Excel.RequestContext & Record<string, unknown>;
    const session = new Session(this);
    context["m_requestUrlAndHeaderInfo"] = { url: "https://localhost/", headers: {} };
    context["_requestExecutor"] = {
      executeAsync: (_customData: unknown, _flags: unknown, message: { Body: WireBody }) =>
        session.answer(message.Body),
    };
    return context;
  }

  install(): void {
    const g = globalThis as Record<string, unknown>;
    this.saved = { Excel: g["Excel"], Office: g["Office"] };
    answering(this);
    g["Excel"] = EXCEL;
    g["Office"] = OFFICE;
    officeJs(this.build).window.Office = OFFICE;
  }

  /** Excel.run for the add-in: a real RequestContext in front of this wire's fake. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    this.runCount++;
    this.fake.runCount++;
    return officeJs(this.build).Excel.run(this.newContext(), batch);
  }

  uninstall(): void {
    const { window, timers } = officeJs(this.build);
    for (const id of timers) window.clearTimeout(id);
    timers.clear();
    if (this.saved !== null) {
      const g = globalThis as Record<string, unknown>;
      g["Excel"] = this.saved.Excel;
      g["Office"] = this.saved.Office;
      this.saved = null;
      answering(null);
      window.Office = undefined;
    }
    const [first] = this.unexpected;
    if (first !== undefined) throw first;
  }
}
