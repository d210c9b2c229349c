import type { Source } from "../domain/check/batch";
import type { SnapshotRead } from "../files/readXlsx";

export interface OpenFile {
  name: string;
  bytes: Uint8Array;
}

export interface ReadHandlers {
  onProgress(done: number, total: number, currentFile: string): void;
  /** Checked between files: true stops before the next one; the files read so far are kept. */
  isCancelled(): boolean;
}

type ReadOne = (bytes: Uint8Array) => Promise<SnapshotRead>;

/**
 * Reads the workbooks one by one in a Web Worker, so the page stays responsive with hundreds of
 * files. Where the page cannot start a worker (opened from file://, which Chromium gives no origin
 * to load one from) it reads on the page's thread, yielding between files.
 */
export async function readFiles(files: readonly OpenFile[], handlers: ReadHandlers): Promise<Source[]> {
  const { sourceFromRead } = await import(/* webpackChunkName: "reader" */ "../files/readXlsx");
  const reader = await workerReader();
  const sources: Source[] = [];
  try {
    for (const [i, file] of files.entries()) {
      if (handlers.isCancelled()) break;
      handlers.onProgress(i, files.length, file.name);
      sources.push(sourceFromRead(file.name, await reader.read(file.bytes)));
      await nextTask();
    }
    handlers.onProgress(sources.length, files.length, "");
  } finally {
    reader.close();
  }
  return sources;
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function inThread(): Promise<{ read: ReadOne; close(): void }> {
  const { readWorkbookSnapshot } = await import(/* webpackChunkName: "reader" */ "../files/readXlsx");
  return { read: (bytes) => readWorkbookSnapshot(bytes), close: () => undefined };
}

async function workerReader(): Promise<{ read: ReadOne; close(): void }> {
  let worker: Worker;
  try {
    worker = new Worker(new URL("./read.worker.ts", import.meta.url));
  } catch {
    return inThread();
  }
  const pending = new Map<number, (read: SnapshotRead) => void>();
  let next = 0;
  // A worker that fails to load (a static host without the file, a blocked origin) hands over to the thread.
  let fallback: Promise<{ read: ReadOne; close(): void }> | null = null;
  worker.onmessage = (event: MessageEvent<{ id: number; read: SnapshotRead }>) => {
    pending.get(event.data.id)?.(event.data.read);
    pending.delete(event.data.id);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    fallback ??= inThread();
    const waiting = [...pending.entries()];
    pending.clear();
    worker.terminate();
    void fallback.then((thread) => {
      for (const [id, resolve] of waiting) void thread.read(bytesOf.get(id) as Uint8Array).then(resolve);
    });
  };
  const bytesOf = new Map<number, Uint8Array>();
  return {
    read(bytes) {
      if (fallback) return fallback.then((thread) => thread.read(bytes));
      const id = next++;
      bytesOf.set(id, bytes);
      return new Promise<SnapshotRead>((resolve) => {
        pending.set(id, (read) => {
          bytesOf.delete(id);
          resolve(read);
        });
        worker.postMessage({ id, bytes });
      });
    },
    close: () => worker.terminate(),
  };
}
