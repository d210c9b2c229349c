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
  /** The file shown in detail, by its place among the sources (two files may share a name). */
  const [selected, setSelected] = useState<number | null>(null);
  /** The sources held, and each one's name and bytes as fingerprint(): a copy opened again is told from another file of its name. */
  const held = useRef<{ sources: readonly Source[]; prints: ReadonlySet<string> }>({
    sources: [],
    prints: new Set(),
  });
  /** Set from the moment files are picked until they are held; files picked meanwhile wait in `queued`, in order. */
  const opening = useRef(false);
  const queued = useRef<File[]>([]);
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

  /**
   * Reads the picked files and adds them to those held, in order. A file whose bytes could not be
   * loaded, or that is past the size limit, is held as its reason; a copy of a file already held
   * (the same name and bytes) is left out, and the notice names it.
   */
  const open = async (picked: readonly Picked[]): Promise<void> => {
    cancelled.current = false;
    setStopping(false);
    setBusy("reading");
    const files = picked.filter((p): p is OpenFile => "bytes" in p);
    setProgress({ done: 0, total: files.length, file: files[0]?.name ?? "" });
    try {
      const read = await readFiles(files, {
        onProgress: (done, total, file) => setProgress({ done, total, file }),
        isCancelled: () => cancelled.current,
      });
      const prints = new Set(held.current.prints);
      const added: Source[] = [];
      const copies: string[] = [];
      let r = 0;
      for (const p of picked) {
        if (!("bytes" in p)) {
          added.push(p.refused);
          continue;
        }
        const source = read[r++];
        if (source === undefined) continue;
        const print = fingerprint(p);
        if (prints.has(print)) copies.push(p.name);
        else {
          prints.add(print);
          added.push(source);
        }
      }
      const next = [...held.current.sources, ...added];
      held.current = { sources: next, prints };
      const loaded = checker ?? (await loadChecker());
      setChecker(loaded);
      setSources(next);
      const commonYear = loaded.mostCommonYear(next, parsedYear ?? latestYearWithUnits(today));
      if (commonYear !== null) setYear(String(commonYear));
      const stopped = read.length < files.length;
      setNotice({
        intent: stopped || copies.length > 0 ? "warning" : "success",
        message: P.opened(added.length, picked.length, { stopped, copies }),
      });
    } finally {
      setBusy(null);
      setProgress(null);
      opening.current = false;
    }
    if (!cancelled.current) openWaiting();
  };

  /** Files picked while the page was busy, opened now. */
  const openWaiting = (): void => {
    const waiting = queued.current.splice(0);
    if (waiting.length > 0) openNow(waiting);
  };

  const openNow = (picked: readonly File[]): void => {
    opening.current = true;
    void Promise.all(picked.map(loadPicked))
      .then(open)
      .catch((error: unknown) => {
        opening.current = false;
        fail(error);
      });
  };

  const run = (what: Busy, work: () => Promise<void>): void => {
    if (busy !== null) return;
    setBusy(what);
    setNotice(null);
    work()
      .catch(fail)
      .finally(() => {
        setBusy(null);
        openWaiting();
      });
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
    /** Opens the files picked or dropped; while others are being opened, after them. */
    openFiles(picked: readonly File[]): void {
      if (picked.length === 0) return;
      if (opening.current || busy !== null) queued.current.push(...picked);
      else openNow(picked);
    },
    openSample(): void {
      if (opening.current || busy !== null) return;
      opening.current = true;
      setBusy("making-sample");
      setNotice(null);
      loadOutputs()
        .then((o) => o.demoFiles())
        .then(open)
        .catch((error: unknown) => {
          opening.current = false;
          setBusy(null);
          fail(error);
        });
    },
    /** Stops after the file being read: those read are kept, and files waiting to be opened are not opened. */
    stop(): void {
      cancelled.current = true;
      queued.current = [];
      setStopping(true);
    },
    clear(): void {
      held.current = { sources: [], prints: new Set() };
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

/** A file picked: its bytes, or, when they cannot be used, its reason as a source. */
type Picked = OpenFile | { name: string; refused: Source };

/** A picked file's bytes, loaded on their own: one that fails (a folder dropped, a file moved) is held as its reason, and the others are read. */
async function loadPicked(file: File): Promise<Picked> {
  const { refusedBySize, sourceFromRead } = await import(
    /* webpackChunkName: "reader" */ "../files/readXlsx"
  );
  const tooLarge = refusedBySize(file.size);
  if (tooLarge) return { name: file.name, refused: sourceFromRead(file.name, tooLarge) };
  try {
    return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch {
    return {
      name: file.name,
      refused: { name: file.name, unreadable: P.notLoaded, rule: "FILE_UNREADABLE" },
    };
  }
}

/** A file's name and bytes as one text: its size and two 32-bit hashes of its bytes. */
function fingerprint({ name, bytes }: OpenFile): string {
  let fnv = 0x811c9dc5;
  let mix = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    fnv = Math.imul(fnv ^ b, 0x01000193);
    mix = (Math.imul(mix, 31) + b) | 0;
  }
  return `${name}\0${bytes.length}:${fnv >>> 0}:${mix >>> 0}`;
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
