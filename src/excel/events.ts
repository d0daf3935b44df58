/**
 * Excel fires `onChanged` for the add-in's own writes too (inserting templates, a review sheet, highlights),
 * and ExcelApi 1.9 cannot tell them from a user's (`triggerSource` is 1.14). So the shell marks its writes:
 * changes while one runs, and for a short while after (the events come after the sync's answer; on the web
 * later still), are the add-in's and do not validate again.
 */
import { runExcel } from "./host";
let ownWrites = 0;
let ownUntil = 0;
export const OWN_WRITE_GRACE_MS = 300;

/** Runs one of the shell's writes; the change events it causes are not taken for the user's edits. */
export async function ownWrite<T>(write: () => Promise<T>): Promise<T> {
  ownWrites += 1;
  try {
    return await write();
  } finally {
    ownWrites -= 1;
    ownUntil = Date.now() + OWN_WRITE_GRACE_MS;
  }
}

const isOwnChange = (): boolean => ownWrites > 0 || Date.now() < ownUntil;

/**
 * Tells the pane when the user changes cells, adds a sheet or deletes one (ExcelApi 1.7), so it can validate
 * again (debounced by the caller). One round trip; the returned function stops watching.
 */
export async function watchWorkbookChanges(onChange: () => void): Promise<() => Promise<void>> {
  // Office.js wants a handler that returns a promise; there is nothing to wait for.
  const handle = (): Promise<void> => {
    if (!isOwnChange()) onChange();
    return Promise.resolve();
  };
  const handlers: OfficeExtension.EventHandlerResult<unknown>[] = [];
  await runExcel(async (context) => {
    const sheets = context.workbook.worksheets;
    handlers.push(sheets.onChanged.add(handle), sheets.onAdded.add(handle), sheets.onDeleted.add(handle));
    await context.sync();
  });
  return async () => {
    const first = handlers[0];
    if (!first) return;
    await Excel.run(first.context, async (context) => {
      for (const h of handlers) h.remove();
      await context.sync();
    });
  };
}
