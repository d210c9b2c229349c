import { useCallback, useEffect, useState } from "react";
import type { Lang, Message } from "../../domain/i18n/lang";
import { foldForMatch } from "../../domain/text/fold";
import type { Unit } from "../../domain/units/registry";
import type { PaneActions, PlaceTemplateOutcome, PlaceTemplateRequest, RegistryLoad } from "../actions";
import { errorDetail, placed, S } from "../strings";

export type RegistryState =
  { status: "loading" } | { status: "loaded"; load: RegistryLoad } | { status: "failed"; detail: string };

export interface Notice {
  intent: "success" | "error";
  message: Message;
  /** The text of a thrown error, shown as it came. */
  detail?: string;
}

/** A placement that found the sheet already there, waiting for the clerk's choice. */
export interface PendingExists {
  request: PlaceTemplateRequest;
  unitName: string;
  sheetName: string;
  typedCells: number;
}

export interface TemplateTabState {
  lang: Lang;
  year: string;
  yearInvalid: boolean;
  registry: RegistryState;
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

/**
 * The year offered first. A report year's period runs 01/10 of the previous year to 30/09, and its
 * report is due 14/10; the current calendar year is right for most of the year and only needs
 * changing for an old report or, from October on, for the next period.
 */
export function defaultReportYear(today: Date): number {
  return today.getFullYear();
}

export function useTemplateTab(actions: PaneActions, lang: Lang, today: Date = new Date()): TemplateTabState {
  const [year, setYear] = useState(() => String(defaultReportYear(today)));
  const [registry, setRegistry] = useState<RegistryState>({ status: "loading" });
  const [query, setQuery] = useState("");
  const [unitCode, setUnitCode] = useState<string | null>(null);
  const [unitMissing, setUnitMissing] = useState(false);
  const [busy, setBusy] = useState<TemplateTabState["busy"]>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [pending, setPending] = useState<PendingExists | null>(null);

  const units: readonly Unit[] = registry.status === "loaded" ? registry.load.units : [];

  const reloadRegistry = useCallback(() => {
    setRegistry({ status: "loading" });
    actions.loadRegistry().then(
      (load) => setRegistry({ status: "loaded", load }),
      (error: unknown) => setRegistry({ status: "failed", detail: errorDetail(error) }),
    );
  }, [actions]);

  useEffect(reloadRegistry, [reloadRegistry]);

  const unitName = (code: string): string => units.find((u) => u.code === code)?.name ?? code;

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
              message: placed(name, request.year, outcome.sheetName, outcome.indicatorCount),
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
    lang,
    year,
    yearInvalid: parseYear(year) === null,
    registry,
    query,
    unitCode,
    unitMissing,
    busy,
    notice,
    pending,
    setYear,
    typeQuery(text) {
      setQuery(text);
      const folded = foldForMatch(text);
      const exact = units.find((u) => foldForMatch(u.name) === folded || foldForMatch(u.code) === folded);
      setUnitCode(exact?.code ?? null);
      if (exact) setUnitMissing(false);
    },
    selectUnit(code) {
      setUnitCode(code);
      setQuery(unitName(code));
      setUnitMissing(false);
    },
    place() {
      const parsedYear = parseYear(year);
      if (unitCode === null) setUnitMissing(true);
      if (parsedYear === null || unitCode === null) return;
      run({ year: parsedYear, unitCode, ifExists: "ask" });
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
        .createRegistrySheet()
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
