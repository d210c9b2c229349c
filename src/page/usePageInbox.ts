import { useMemo, useRef, useState } from "react";
import type { Source } from "../domain/check/batch";
import type { Message } from "../domain/i18n/lang";
import type { Progress } from "../taskpane/components/FileProgress";
import { parseYear } from "../taskpane/components/useTemplateTab";
import { errorDetail } from "../taskpane/strings";
import { previousUnusable } from "../app/previousMessages";
import { latestYearWithUnits } from "../taskpane/reportYears";
import { CSV_TYPE, download, XLSX_TYPE } from "../app/download";
import type { PageRollup } from "./outputs";
import { readFiles, type OpenFile } from "./reader";
import { P } from "./strings";

export interface PageNotice {
  intent: "success" | "warning" | "error";
  message: Message;
  detail?: string;
}

export type Busy = "making-sample" | "reading" | "rolling" | "report" | "csv" | null;

/** The workbooks held in the page and everything done with them. */
export function usePageInbox(today: Date = new Date()) {
  const [year, setYear] = useState(() => String(latestYearWithUnits(today)));
  const [sources, setSources] = useState<readonly Source[]>([]);
  const [busy, setBusy] = useState<Busy>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [stopping, setStopping] = useState(false);
  const [notice, setNotice] = useState<PageNotice | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  /** Last year's district report or facts CSV, for "So với cùng kỳ"; null without. */
  const [previous, setPrevious] = useState<OpenFile | null>(null);
  const [rolled, setRolled] = useState<{
    year: number;
    result: PageRollup;
    of: readonly Source[];
    previous: OpenFile | null;
  } | null>(null);
  const cancelled = useRef(false);
  const parsedYear = parseYear(year);
  /** The checker, loaded with the first files opened (the page shows before it needs one). */
  const [checker, setChecker] = useState<Checker | null>(null);
  const checked = useMemo(
    () =>
      checker === null || parsedYear === null || sources.length === 0
        ? null
        : checker.checkInbox(sources, parsedYear),
    [checker, sources, parsedYear],
  );
  // A roll-up shown is always the roll-up of the files, year and last year's file now on the page.
  const rollup =
    rolled !== null && rolled.of === sources && rolled.year === parsedYear && rolled.previous === previous
      ? rolled.result
      : null;

  const fail = (error: unknown): void =>
    setNotice({ intent: "error", message: P.failed, detail: errorDetail(error) });

  const open = async (files: readonly OpenFile[]): Promise<void> => {
    cancelled.current = false;
    setStopping(false);
    setBusy("reading");
    setProgress({ done: 0, total: files.length, file: files[0]?.name ?? "" });
    try {
      const read = await readFiles(files, {
        onProgress: (done, total, file) => setProgress({ done, total, file }),
        isCancelled: () => cancelled.current,
      });
      const names = new Set(read.map((s) => s.name));
      const next = [...sources.filter((s) => !names.has(s.name)), ...read];
      const loaded = checker ?? (await loadChecker());
      setChecker(loaded);
      setSources(next);
      const commonYear = loaded.mostCommonYear(next, parsedYear ?? latestYearWithUnits(today));
      if (commonYear !== null) setYear(String(commonYear));
      setNotice({
        intent: read.length === files.length ? "success" : "warning",
        message: P.opened(read.length, files.length),
      });
    } finally {
      setBusy(null);
      setProgress(null);
    }
  };

  const run = (what: Busy, work: () => Promise<void>): void => {
    if (busy !== null) return;
    setBusy(what);
    setNotice(null);
    work()
      .catch(fail)
      .finally(() => setBusy(null));
  };

  return {
    year,
    parsedYear,
    sources,
    checked,
    rollup,
    busy,
    progress,
    stopping,
    notice,
    selected,
    previous,
    setYear,
    select: setSelected,
    openFiles(picked: readonly File[]): void {
      if (busy !== null || picked.length === 0) return;
      void Promise.all(
        picked.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
      )
        .then(open)
        .catch(fail);
    },
    openSample(): void {
      if (busy !== null) return;
      setBusy("making-sample");
      setNotice(null);
      loadOutputs()
        .then((o) => o.demoFiles())
        .then(open)
        .catch((error: unknown) => {
          setBusy(null);
          fail(error);
        });
    },
    stop(): void {
      cancelled.current = true;
      setStopping(true);
    },
    clear(): void {
      setSources([]);
      setSelected(null);
      setNotice(null);
    },
    pickPrevious(file: File): void {
      if (busy !== null) return;
      file
        .arrayBuffer()
        .then((buffer) => setPrevious({ name: file.name, bytes: new Uint8Array(buffer) }))
        .catch(fail);
    },
    removePrevious(): void {
      if (busy === null) setPrevious(null);
    },
    rollUp(): void {
      if (checked === null || parsedYear === null) return;
      const of = sources;
      const given = previous;
      run("rolling", async () => {
        const { previousFigures, rollUpInbox } = await loadOutputs();
        const read = given === null ? null : await previousFigures(given, parsedYear);
        if (given !== null && read !== null && !read.ok) {
          setNotice({ intent: "error", message: previousUnusable(given.name, read.message) });
          return;
        }
        const lastYear = read?.ok ? read.previous : undefined;
        setRolled({
          year: parsedYear,
          result: rollUpInbox(checked, parsedYear, lastYear),
          of,
          previous: given,
        });
      });
    },
    downloadReport(): void {
      if (rollup === null) return;
      run("report", async () => {
        const bytes = await (await loadOutputs()).districtReportBytes(rollup.rollup, rollup.yearOnYear);
        download(bytes, `DVCQ_${rollup.rollup.year}_TongHop.xlsx`, XLSX_TYPE);
      });
    },
    downloadCsv(): void {
      if (rollup === null) return;
      run("csv", async () =>
        download(
          (await loadOutputs()).factsCsv(rollup.rollup),
          `DVCQ_${rollup.rollup.year}_DuLieu.csv`,
          CSV_TYPE,
        ),
      );
    },
  };
}

type Checker = typeof import("./checking");

function loadChecker(): Promise<Checker> {
  return import(/* webpackChunkName: "page-check" */ "./checking");
}

/** The roll-up, the district report, the CSV and the demo inbox: not needed to show the page. */
function loadOutputs(): Promise<typeof import("./outputs")> {
  return import(/* webpackChunkName: "page-outputs" */ "./outputs");
}

export type PageInbox = ReturnType<typeof usePageInbox>;
