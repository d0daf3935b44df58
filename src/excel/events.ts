/**
 * Excel fires `onChanged` for the add-in's own writes too (inserting templates, a review sheet, highlights),
 * and ExcelApi 1.9 cannot tell them from a user's (`triggerSource` is 1.14). So the shell marks its writes:
 * changes while one runs, and for a short while after (the events come after the sync's answer; on the web
 * later still), are the add-in's and do not validate again.
 */
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

/** Tells the pane when the user changes cells, so it can validate again (debounced by the caller). */
export async function watchWorkbookChanges(onChange: () => void): Promise<() => Promise<void>> {
  let handler: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | undefined;
  await Excel.run(async (context) => {
    // Office.js wants a handler that returns a promise; there is nothing to wait for.
    handler = context.workbook.worksheets.onChanged.add(() => {
      if (!isOwnChange()) onChange();
      return Promise.resolve();
    });
    await context.sync();
  });
  return async () => {
    if (!handler) return;
    const h = handler;
    await Excel.run(h.context, async (context) => {
      h.remove();
      await context.sync();
    });
  };
}
