/** Change events: `worksheets.onChanged` registers handlers at sync; a user's edit fires them. */
import type { ContextDouble } from "./context";

export type ChangeHandler = (args: unknown) => Promise<unknown> | void;

/** `worksheets.onChanged`: `add()` registers at the next sync, and its result's `remove()` unregisters. */
export function onChangedDouble(ctx: ContextDouble) {
  return {
    add: (handler: ChangeHandler) => {
      ctx.enqueue(
        () => {
          ctx.state.changeHandlers.add(handler);
        },
        { onChanged: true },
      );
      return {
        context: ctx,
        remove: (): void =>
          ctx.enqueue(
            () => {
              ctx.state.changeHandlers.delete(handler);
            },
            { offChanged: true },
          ),
      };
    },
  };
}

/** Fires the handlers as Excel does after a user's edit of one sheet: each gets its own args, none is awaited. */
export function fireChanged(handlers: Iterable<ChangeHandler>, worksheetId: string, address: string): void {
  for (const h of handlers) void h({ worksheetId, address, changeType: "RangeEdited", source: "Local" });
}
