import { seal } from "./clientObject";
import { FakeOfficeError } from "./errors";
import { FakeExcel, SyncRecord } from "./workbook";
import { ApplicationProxy, WorkbookProxy } from "./workbookProxies";

const MAX_PAYLOAD_BYTES = 5 * 1024 * 1024;

interface Command {
  op: string;
  path: string;
  detail?: unknown;
  since: string;
  /** Runs the command; may return what to commit to proxies once the whole batch succeeded. */
  exec(): (() => void) | void;
}

export class FakeRequestContext {
  readonly workbook: WorkbookProxy;
  readonly application: ApplicationProxy;
  private queue: Command[] = [];
  /** Bytes the running command returns to the add-in. */
  returned = 0;

  constructor(readonly fake: FakeExcel) {
    this.workbook = seal(new WorkbookProxy(this));
    this.application = seal(new ApplicationProxy(this));
  }

  enqueue(command: Command): void {
    this.queue.push(command);
  }

  async sync(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    const paths = [...new Set(batch.map((c) => c.path))];
    const pathId = new Map(paths.map((p, i) => [p, i]));
    const request = {
      ObjectPaths: paths,
      Actions: batch.map((c) => ({ O: pathId.get(c.path), A: c.op, V: c.detail })),
    };
    const bytes = Buffer.byteLength(JSON.stringify(request), "utf8");
    const record: SyncRecord = { commands: batch.length, bytes, responseBytes: 0 };
    this.fake.syncs.push(record);
    await Promise.resolve();
    if (bytes > MAX_PAYLOAD_BYTES) {
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${bytes} bytes) has exceeded the limit.`,
      );
    }
    const commits: (() => void)[] = [];
    for (const command of batch) {
      if (!this.fake.isSetSupported("ExcelApi", command.since)) {
        throw new FakeOfficeError(
          "ApiNotFound",
          `${command.op} needs ExcelApi ${command.since}; this Excel has ${this.fake.excelApi}.`,
          command.op,
        );
      }
      const injected = this.fake.takeFailure(command.op);
      if (injected) throw injected;
      this.returned = 0;
      const commit = command.exec();
      record.responseBytes += this.returned;
      if (commit) commits.push(commit);
    }
    if (record.responseBytes > MAX_PAYLOAD_BYTES) {
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size (${record.responseBytes} bytes) has exceeded the limit.`,
      );
    }
    for (const commit of commits) commit();
  }
}
