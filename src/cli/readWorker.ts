/**
 * A worker thread of the read pool (readPool.ts): reads the inputs it is sent, as the main thread
 * would (readInput), and sends back what each gave.
 */
import { parentPort } from "node:worker_threads";
import type { Lang } from "../domain/i18n/lang";
import { lendZlib } from "../files/hostZlib";
import { readInput, type InputFile } from "./inputs";
import { nodeZlib } from "./nodeZlib";

lendZlib(nodeZlib);
parentPort?.on("message", (message: { id: number; file: InputFile; lang: Lang }) => {
  void readInput(message.file, message.lang).then((read) =>
    parentPort?.postMessage({ id: message.id, read }),
  );
});
