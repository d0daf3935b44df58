/** Tells the pane when cells change, so it can validate again (debounced by the caller). */
export async function watchWorkbookChanges(onChange: () => void): Promise<() => Promise<void>> {
  let handler: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | undefined;
  await Excel.run(async (context) => {
    // Office.js wants a handler that returns a promise; there is nothing to wait for.
    handler = context.workbook.worksheets.onChanged.add(() => {
      onChange();
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
