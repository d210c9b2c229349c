import type { PaneActions, PlaceTemplateOutcome, RegistryLoad } from "../../src/taskpane/actions";
import { loadBuiltinRegistry } from "../../src/domain/units/builtin";

export function builtinLoad(): RegistryLoad {
  return { units: loadBuiltinRegistry().units, source: "builtin", problems: [] };
}

/** PaneActions whose answers a test sets; every call is recorded. */
export function fakeActions(
  options: {
    registry?: () => Promise<RegistryLoad>;
    place?: PlaceTemplateOutcome[] | (() => Promise<PlaceTemplateOutcome>);
  } = {},
) {
  const outcomes = Array.isArray(options.place) ? [...options.place] : null;
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
    >(() => {
      if (typeof options.place === "function") return options.place();
      const next = outcomes?.shift();
      if (next === undefined) throw new Error("placeTemplate called more often than the test expected");
      return Promise.resolve(next);
    }),
  } satisfies PaneActions;
  return actions;
}
