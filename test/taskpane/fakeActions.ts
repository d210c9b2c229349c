import type {
  ActionOutcome,
  CheckOutcome,
  ImportOutcome,
  PaneActions,
  PlaceTemplateOutcome,
  PrepareOutcome,
  RegistryLoad,
  RollupOutcome,
} from "../../src/app/paneHost";
import { loadBuiltinRegistry } from "../../src/domain/units/builtin";
import { kindsOf } from "../../src/domain/units/registry";

export function builtinLoad(): RegistryLoad {
  const builtin = loadBuiltinRegistry();
  return { units: builtin.units, kinds: kindsOf(builtin), source: "builtin", problems: [] };
}

/** The outcomes an action gives, one per call in order, or a function for each call. */
type Answers<T> = T[] | (() => Promise<T>);

function answering<T>(name: string, answers: Answers<T> | undefined): () => Promise<T> {
  if (typeof answers === "function") return answers;
  const queue = [...(answers ?? [])];
  return () => {
    const next = queue.shift();
    if (next === undefined) throw new Error(`${name} called more often than the test expected`);
    return Promise.resolve(next);
  };
}

/** PaneActions whose answers a test sets; every call is recorded. */
export function fakeActions(
  options: {
    registry?: () => Promise<RegistryLoad>;
    place?: Answers<PlaceTemplateOutcome>;
    check?: Answers<CheckOutcome>;
    clear?: Answers<ActionOutcome>;
    prepare?: Answers<PrepareOutcome>;
    select?: () => Promise<void>;
    importFiles?: Answers<ImportOutcome>;
    rollUp?: Answers<RollupOutcome>;
  } = {},
) {
  const place = answering("placeTemplate", options.place);
  const check = answering("checkSheets", options.check);
  const clear = answering("clearMarks", options.clear);
  const prepare = answering("prepareToSend", options.prepare);
  const importFiles = answering("importWorkbooks", options.importFiles);
  const rollUp = answering("rollUp", options.rollUp);
  const actions = {
    loadRegistry: jest.fn<Promise<RegistryLoad>, []>(
      options.registry ?? (() => Promise.resolve(builtinLoad())),
    ),
    createRegistrySheet: jest.fn<ReturnType<PaneActions["createRegistrySheet"]>, []>(() =>
      Promise.resolve({
        status: "done",
        message: { vi: "Đã tạo trang DVCQ_DonVi.", en: "Created the DVCQ_DonVi sheet." },
      }),
    ),
    placeTemplate: jest.fn<
      ReturnType<PaneActions["placeTemplate"]>,
      Parameters<PaneActions["placeTemplate"]>
    >(place),
    checkSheets: jest.fn<ReturnType<PaneActions["checkSheets"]>, Parameters<PaneActions["checkSheets"]>>(
      check,
    ),
    selectCell: jest.fn<ReturnType<PaneActions["selectCell"]>, Parameters<PaneActions["selectCell"]>>(
      options.select ?? (() => Promise.resolve()),
    ),
    clearMarks: jest.fn<ReturnType<PaneActions["clearMarks"]>, []>(clear),
    prepareToSend: jest.fn<
      ReturnType<PaneActions["prepareToSend"]>,
      Parameters<PaneActions["prepareToSend"]>
    >(prepare),
    importWorkbooks: jest.fn<
      ReturnType<PaneActions["importWorkbooks"]>,
      Parameters<PaneActions["importWorkbooks"]>
    >(importFiles),
    rollUp: jest.fn<ReturnType<PaneActions["rollUp"]>, Parameters<PaneActions["rollUp"]>>(rollUp),
  } satisfies PaneActions;
  return actions;
}
