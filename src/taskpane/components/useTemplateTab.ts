import { useCallback, useEffect, useState } from "react";
import { BUILTIN_PERIOD } from "../../domain/catalogue/builtinPeriod";
import { defaultReportYear, formatViDate, localIsoDate, reportPeriod } from "../../domain/period";
import { type Unit, unitsValidIn } from "../../domain/units/registry";
import type {
  PaneActions,
  PlaceTemplateOutcome,
  PlaceTemplateRequest,
  RegistryLoad,
} from "../../app/paneHost";
import { errorDetail, S } from "../strings";
import { exactUnit } from "../unitFilter";
import type { Notice } from "./NoticeBar";

export type RegistryState =
  { status: "loading" } | { status: "loaded"; load: RegistryLoad } | { status: "failed"; detail: string };

/** A placement that found the sheet already there, waiting for the clerk's choice. */
export interface PendingExists {
  request: PlaceTemplateRequest;
  unitName: string;
  sheetName: string;
  typedCells: number;
}

export interface TemplateTabState {
  year: string;
  yearInvalid: boolean;
  registry: RegistryState;
  /** The registry's units active in the chosen year's report period (all of them while the year is invalid). */
  units: readonly Unit[];
  /** Set when the registry is loaded but none of its units is active in the chosen year's period. */
  emptyPeriod: { year: number; from: string; to: string } | null;
  query: string;
  unitCode: string | null;
  unitMissing: boolean;
  /** What is running; the form is locked meanwhile. */
  busy: "placing" | "creatingRegistry" | null;
  notice: Notice | null;
  pending: PendingExists | null;
  setYear(text: string): void;
  typeQuery(text: string): void;
  selectUnit(code: string): void;
  place(): void;
  resolveExists(choice: "newSheet" | "replace"): void;
  cancelExists(): void;
  createRegistrySheet(): void;
  reloadRegistry(): void;
}

/** A 4-digit year from 2000 to 2100, or null. */
export function parseYear(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{4}$/.test(trimmed)) return null;
  const year = Number(trimmed);
  return year >= 2000 && year <= 2100 ? year : null;
}

/** The year offered first: the one whose deadline is next or has just passed (see the domain's rule). */
export function defaultYearOf(today: Date): number {
  return defaultReportYear(BUILTIN_PERIOD, localIsoDate(today)).year;
}

export function useTemplateTab(actions: PaneActions, today: Date = new Date()): TemplateTabState {
  const [year, setYear] = useState(() => String(defaultYearOf(today)));
  const [registry, setRegistry] = useState<RegistryState>({ status: "loading" });
  const [query, setQuery] = useState("");
  const [unitCode, setUnitCode] = useState<string | null>(null);
  const [unitMissing, setUnitMissing] = useState(false);
  const [busy, setBusy] = useState<TemplateTabState["busy"]>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [pending, setPending] = useState<PendingExists | null>(null);

  const period = BUILTIN_PERIOD;
  const parsedYear = parseYear(year);
  const span = parsedYear === null ? null : reportPeriod(period, parsedYear);
  const allUnits: readonly Unit[] = registry.status === "loaded" ? registry.load.units : [];
  const units = span === null ? allUnits : unitsValidIn({ units: allUnits }, span.from, span.to);
  const emptyPeriod =
    registry.status === "loaded" && parsedYear !== null && span !== null && units.length === 0
      ? { year: parsedYear, from: formatViDate(span.from), to: formatViDate(span.to) }
      : null;
  // A chosen unit counts only while it is active in the chosen year.
  const chosenCode = units.some((u) => u.code === unitCode) ? unitCode : null;

  const reloadRegistry = useCallback(() => {
    setRegistry({ status: "loading" });
    actions.loadRegistry().then(
      (load) => setRegistry({ status: "loaded", load }),
      (error: unknown) => setRegistry({ status: "failed", detail: errorDetail(error) }),
    );
  }, [actions]);

  useEffect(reloadRegistry, [reloadRegistry]);

  const unitName = (code: string): string => allUnits.find((u) => u.code === code)?.name ?? code;

  const run = (request: PlaceTemplateRequest): void => {
    setBusy("placing");
    setNotice(null);
    const name = unitName(request.unitCode);
    actions
      .placeTemplate(request)
      .then(
        (outcome: PlaceTemplateOutcome) => {
          if (outcome.status === "placed") {
            setNotice({
              intent: "success",
              message: S.placed(name, request.year, outcome.sheetName, outcome.indicatorCount),
            });
          } else if (outcome.status === "exists") {
            setPending({
              request,
              unitName: name,
              sheetName: outcome.sheetName,
              typedCells: outcome.typedCells,
            });
          } else {
            setNotice({ intent: "error", message: outcome.message });
          }
        },
        (error: unknown) =>
          setNotice({ intent: "error", message: S.placeFailed, detail: errorDetail(error) }),
      )
      .finally(() => setBusy(null));
  };

  return {
    year,
    yearInvalid: parsedYear === null,
    registry,
    units,
    emptyPeriod,
    query,
    unitCode: chosenCode,
    unitMissing,
    busy,
    notice,
    pending,
    setYear,
    typeQuery(text) {
      setQuery(text);
      const exact = exactUnit(units, text);
      setUnitCode(exact?.code ?? null);
      if (exact) setUnitMissing(false);
    },
    selectUnit(code) {
      setUnitCode(code);
      setQuery(unitName(code));
      setUnitMissing(false);
    },
    place() {
      if (chosenCode === null) setUnitMissing(true);
      if (parsedYear === null || chosenCode === null) return;
      run({ year: parsedYear, unitCode: chosenCode, ifExists: "ask" });
    },
    resolveExists(choice) {
      if (pending === null) return;
      setPending(null);
      run({ ...pending.request, ifExists: choice });
    },
    cancelExists() {
      setPending(null);
    },
    createRegistrySheet() {
      setBusy("creatingRegistry");
      setNotice(null);
      actions
        .createRegistrySheet(emptyPeriod?.year)
        .then(
          (outcome) => {
            setNotice({ intent: outcome.status === "done" ? "success" : "error", message: outcome.message });
            if (outcome.status === "done") reloadRegistry();
          },
          (error: unknown) =>
            setNotice({ intent: "error", message: S.createRegistrySheetFailed, detail: errorDetail(error) }),
        )
        .finally(() => setBusy(null));
    },
    reloadRegistry,
  };
}
