/**
 * A worker thread of the read pool (readPool.ts): reads and checks the inputs it is sent, as the
 * main thread would (checkInput, against the setting it was started with), and sends back what each
 * gave.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Lang } from "../domain/i18n/lang";
import { lendZlib } from "../files/hostZlib";
import { checkInput, type CheckSetting, type InputFile } from "./inputs";
import { nodeZlib } from "./nodeZlib";
import { sentCheck, type WorkerAnswer } from "./readPool";

const setting = workerData as CheckSetting;
lendZlib(nodeZlib);
parentPort?.on("message", (message: { id: number; file: InputFile; lang: Lang }) => {
  void checkInput(message.file, message.lang, setting).then((checked) => {
    const answer: WorkerAnswer =
      "check" in checked ? { name: checked.name, sent: sentCheck(checked.check, setting.registry) } : checked;
    parentPort?.postMessage({ id: message.id, answer });
  });
});
