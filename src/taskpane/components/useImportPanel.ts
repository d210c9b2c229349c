import { useRef, useState } from "react";
import type { Message } from "../../domain/i18n/lang";
import type { DuplicateConflict, ImportedFile, ImportFile, PaneActions } from "../../app/paneHost";
import { IS } from "../importStrings";
import type { Progress } from "./FileProgress";

export interface ImportPanelState {
  running: boolean;
  progress: Progress | null;
  stopping: boolean;
  /** A second report for a unit and year, waiting for the clerk's choice. */
  duplicate: DuplicateConflict | null;
  results: readonly ImportedFile[] | null;
  notice: { intent: "success" | "error"; message: Message } | null;
  start(files: readonly File[]): void;
  stop(): void;
  choose(choice: "keepExisting" | "replace"): void;
}

export function useImportPanel(importWorkbooks: PaneActions["importWorkbooks"]): ImportPanelState {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [stopping, setStopping] = useState(false);
  const [duplicate, setDuplicate] = useState<DuplicateConflict | null>(null);
  const [results, setResults] = useState<readonly ImportedFile[] | null>(null);
  const [notice, setNotice] = useState<ImportPanelState["notice"]>(null);
  const cancelled = useRef(false);
  const answer = useRef<((choice: "keepExisting" | "replace") => void) | null>(null);

  const run = async (picked: readonly File[]): Promise<void> => {
    const files: ImportFile[] = await Promise.all(
      picked.map(async (f) => ({ name: f.name, bytes: await bytesOf(f) })),
    );
    const outcome = await importWorkbooks(files, {
      onProgress: (done, total, file) => setProgress({ done, total, file }),
      isCancelled: () => cancelled.current,
      chooseDuplicate: (conflict) =>
        new Promise((resolve) => {
          answer.current = resolve;
          setDuplicate(conflict);
        }),
    });
    if (outcome.status === "failed") {
      setNotice({ intent: "error", message: outcome.message });
      return;
    }
    setResults(outcome.files);
    const imported = outcome.files.filter((f) => f.decision === "kept" || f.decision === "replaced").length;
    setNotice({
      intent: "success",
      message: IS.importedSummary(imported, outcome.files.length, outcome.logSheet),
    });
  };

  return {
    running,
    progress,
    stopping,
    duplicate,
    results,
    notice,
    start(picked) {
      if (running || picked.length === 0) return;
      cancelled.current = false;
      setRunning(true);
      setStopping(false);
      setResults(null);
      setNotice(null);
      setProgress({ done: 0, total: picked.length, file: picked[0]?.name ?? "" });
      run(picked)
        .catch((error: unknown) =>
          setNotice({
            intent: "error",
            message: IS.unexpected(error instanceof Error ? error.message : String(error)),
          }),
        )
        .finally(() => {
          setRunning(false);
          setProgress(null);
          setDuplicate(null);
        });
    },
    stop() {
      cancelled.current = true;
      setStopping(true);
    },
    choose(choice) {
      answer.current?.(choice);
      answer.current = null;
      setDuplicate(null);
    },
  };
}

/** A picked file's bytes, also where the browser has no File.arrayBuffer (older web views, jsdom). */
export function bytesOf(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error(`Cannot read ${file.name}`));
    reader.readAsArrayBuffer(file);
  });
}
