/**
 * A user's edit in the store fires the state's change handlers; the fake host (test/host) listens there and
 * sends Excel's change message to the add-in when it registered for it.
 */
export type ChangeHandler = (args: unknown) => Promise<unknown> | void;

/** Fires the handlers as Excel does after a user's edit of one sheet: each gets its own args, none is awaited. */
export function fireChanged(handlers: Iterable<ChangeHandler>, worksheetId: string, address: string): void {
  for (const h of handlers) void h({ worksheetId, address, changeType: "RangeEdited", source: "Local" });
}
