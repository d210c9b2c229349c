import type { Message } from "../domain/i18n/lang";
import type { Unit } from "../domain/units/registry";

/**
 * What the task pane asks of its host. The Excel shell implements it with Office.js; tests and the
 * standalone page give their own. Components never call Excel.run themselves.
 */
export interface PaneActions {
  /** The unit registry: the workbook's registry sheet when it has one, the built-in list otherwise. */
  loadRegistry(): Promise<RegistryLoad>;
  /** Writes the registry sheet (the built-in list) so the clerk can edit it; selects it. */
  createRegistrySheet(): Promise<ActionOutcome>;
  placeTemplate(request: PlaceTemplateRequest): Promise<PlaceTemplateOutcome>;
}

export interface RegistryLoad {
  units: readonly Unit[];
  source: "sheet" | "builtin";
  /** Rows of the registry sheet that could not be read. */
  problems: readonly Message[];
}

export interface PlaceTemplateRequest {
  year: number;
  unitCode: string;
  /**
   * What to do when a sheet for the same unit and year exists: "ask" returns "exists" and changes
   * nothing; "newSheet" places beside it under a new name; "replace" deletes it (typed figures too).
   */
  ifExists: "ask" | "newSheet" | "replace";
}

export type PlaceTemplateOutcome =
  | { status: "placed"; sheetName: string; indicatorCount: number }
  | { status: "exists"; sheetName: string; typedCells: number }
  | { status: "failed"; message: Message };

export type ActionOutcome = { status: "done"; message: Message } | { status: "failed"; message: Message };
