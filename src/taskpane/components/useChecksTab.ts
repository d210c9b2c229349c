import { useState } from "react";
import { loadBuiltinCatalogue } from "../../domain/catalogue/builtin";
import type { Section } from "../../domain/catalogue/types";
import type { Finding } from "../../domain/check/finding";
import type { CheckedSheet, CheckRequest, PaneActions, PrepareRequest } from "../../app/paneHost";
import { errorDetail, S } from "../strings";
import type { Notice } from "./NoticeBar";

export interface CheckResult {
  sheets: readonly CheckedSheet[];
  findings: readonly Finding[];
  marked: number;
}

/** A workbook made for sending: its file name, how it reached the clerk, and the errors it still has. */
export interface Prepared {
  fileName: string;
  delivery: "newWorkbook" | "download";
  errors: readonly Finding[];
}

/** Which part of the tab a finding was selected from, so a failure is reported next to it. */
export type Area = "check" | "prepare";

export interface ChecksTabState {
  sections: readonly Section[];
  mark: boolean;
  /** What is running; every button is locked meanwhile. */
  busy: "checking" | "clearing" | "preparing" | null;
  result: CheckResult | null;
  checkNotice: Notice | null;
  /** 7.1 is blank: waiting for the clerk to say whether to fill today's date. */
  pendingDate: { sheet: string; today: string } | null;
  prepared: Prepared | null;
  prepareNotice: Notice | null;
  setMark(on: boolean): void;
  check(scope: CheckRequest["scope"]): void;
  clearMarks(): void;
  selectFinding(finding: Finding, area: Area): void;
  prepare(): void;
  resolveDate(choice: "fillToday" | "leaveBlank"): void;
  cancelDate(): void;
}

export function useChecksTab(actions: PaneActions): ChecksTabState {
  const [sections] = useState(() => loadBuiltinCatalogue().sections);
  const [mark, setMark] = useState(true);
  const [busy, setBusy] = useState<ChecksTabState["busy"]>(null);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [checkNotice, setCheckNotice] = useState<Notice | null>(null);
  const [pendingDate, setPendingDate] = useState<ChecksTabState["pendingDate"]>(null);
  const [prepared, setPrepared] = useState<Prepared | null>(null);
  const [prepareNotice, setPrepareNotice] = useState<Notice | null>(null);

  const runPrepare = (request: PrepareRequest): void => {
    setBusy("preparing");
    setPrepared(null);
    setPrepareNotice(null);
    actions
      .prepareToSend(request)
      .then(
        (outcome) => {
          if (outcome.status === "needsDate") setPendingDate({ sheet: outcome.sheet, today: outcome.today });
          else if (outcome.status === "ready")
            setPrepared({
              fileName: outcome.fileName,
              delivery: outcome.delivery,
              errors: outcome.findings.filter((f) => f.severity === "error"),
            });
          else
            setPrepareNotice({
              intent: outcome.status === "noTemplate" ? "warning" : "error",
              message: outcome.message,
            });
        },
        (error: unknown) =>
          setPrepareNotice({ intent: "error", message: S.prepareFailed, detail: errorDetail(error) }),
      )
      .finally(() => setBusy(null));
  };

  return {
    sections,
    mark,
    busy,
    result,
    checkNotice,
    pendingDate,
    prepared,
    prepareNotice,
    setMark,
    check(scope) {
      setBusy("checking");
      setResult(null);
      setCheckNotice(null);
      actions
        .checkSheets({ scope, mark })
        .then(
          (outcome) => {
            if (outcome.status === "checked") setResult(outcome);
            else
              setCheckNotice({
                intent: outcome.status === "noTemplate" ? "warning" : "error",
                message: outcome.message,
              });
          },
          (error: unknown) =>
            setCheckNotice({ intent: "error", message: S.checkFailed, detail: errorDetail(error) }),
        )
        .finally(() => setBusy(null));
    },
    clearMarks() {
      setBusy("clearing");
      setCheckNotice(null);
      actions
        .clearMarks()
        .then(
          (outcome) =>
            setCheckNotice({
              intent: outcome.status === "done" ? "success" : "error",
              message: outcome.message,
            }),
          (error: unknown) =>
            setCheckNotice({ intent: "error", message: S.clearMarksFailed, detail: errorDetail(error) }),
        )
        .finally(() => setBusy(null));
    },
    selectFinding(finding, area) {
      const { sheet, cell } = finding;
      if (sheet === null || cell === null) return;
      const setNotice = area === "check" ? setCheckNotice : setPrepareNotice;
      actions.selectCell(sheet, cell).catch((error: unknown) =>
        setNotice({
          intent: "error",
          message: S.selectCellFailed(sheet, cell),
          detail: errorDetail(error),
        }),
      );
    },
    prepare() {
      runPrepare({ sendDate: "ask" });
    },
    resolveDate(choice) {
      setPendingDate(null);
      runPrepare({ sendDate: choice });
    },
    cancelDate() {
      setPendingDate(null);
    },
  };
}
