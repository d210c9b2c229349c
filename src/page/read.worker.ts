import { readWorkbookSnapshot } from "../files/readXlsx";

/** Reads one workbook per message, off the page's thread: `{ id, bytes }` in, `{ id, read }` out. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ id: number; bytes: Uint8Array }>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (event) => {
  const { id, bytes } = event.data;
  void readWorkbookSnapshot(bytes).then((read) => scope.postMessage({ id, read }));
};
