import { useState } from "react";
import type { ImportFile, PaneActions, RollupOutcome } from "../../app/paneHost";
import { errorDetail, S } from "../strings";
import type { Notice } from "./NoticeBar";
import { bytesOf } from "./useImportPanel";
import { defaultYearOf, parseYear } from "./useTemplateTab";

export type RollupDone = Extract<RollupOutcome, { status: "done" }>;

export interface RollupTabState {
  year: string;
  /** The year typed, or null while it is not a valid year. */
  parsedYear: number | null;
  busy: boolean;
  result: RollupDone | null;
  notice: Notice | null;
  /** Last year's district report or facts CSV to compare with, or null. */
  previous: ImportFile | null;
  setYear(text: string): void;
  pickPrevious(file: File): void;
  removePrevious(): void;
  rollUp(): void;
}

export function useRollupTab(actions: PaneActions, today: Date = new Date()): RollupTabState {
  const [year, setYear] = useState(() => String(defaultYearOf(today)));
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<RollupDone | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [previous, setPrevious] = useState<ImportFile | null>(null);
  const parsedYear = parseYear(year);

  const pickPrevious = (file: File): void => {
    bytesOf(file).then(
      (bytes) => setPrevious({ name: file.name, bytes }),
      (error: unknown) => setNotice({ intent: "error", message: S.rollupFailed, detail: errorDetail(error) }),
    );
  };

  const rollUp = (): void => {
    if (parsedYear === null || busy) return;
    setBusy(true);
    setResult(null);
    setNotice(null);
    actions
      .rollUp({ year: parsedYear, ...(previous ? { previous } : {}) })
      .then(
        (outcome) => {
          if (outcome.status === "done") setResult(outcome);
          else
            setNotice({
              intent: outcome.status === "noTemplate" ? "warning" : "error",
              message: outcome.message,
            });
        },
        (error: unknown) =>
          setNotice({ intent: "error", message: S.rollupFailed, detail: errorDetail(error) }),
      )
      .finally(() => setBusy(false));
  };

  return {
    year,
    parsedYear,
    busy,
    result,
    notice,
    previous,
    setYear,
    pickPrevious,
    removePrevious: () => setPrevious(null),
    rollUp,
  };
}
