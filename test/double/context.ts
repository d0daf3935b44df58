/**
 * The request context: calls on proxy objects queue operations, carried out at `context.sync()`. Syncs are
 * counted (round trips) and each batch's payload measured (JSON size of the queued arguments).
 */
import { WorkbookDouble } from "./workbook";
import type { WorkbookState } from "./workbook-state";

type Op = { run: () => void; payload: unknown };

export class ContextDouble {
  syncCount = 0;
  readonly payloads: number[] = [];
  private queue: Op[] = [];
  readonly workbook: WorkbookDouble;
  readonly application = {
    suspendScreenUpdatingUntilNextSync: (): void => {
      this.enqueue(() => {}, "suspendScreenUpdating");
    },
  };

  constructor(readonly state: WorkbookState) {
    this.workbook = new WorkbookDouble(this);
  }

  enqueue(run: () => void, payload: unknown): void {
    this.queue.push({ run, payload });
  }

  sync(): Promise<void> {
    this.syncCount += 1;
    this.payloads.push(JSON.stringify(this.queue.map((o) => o.payload)).length);
    try {
      this.runQueued();
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(JSON.stringify(e)));
    }
    return Promise.resolve();
  }

  /** Carries out the queue now; the first error is thrown and the rest of the queue dropped (the host's use). */
  runQueued(): void {
    const ops = this.queue;
    this.queue = [];
    for (const op of ops) op.run();
  }
}
