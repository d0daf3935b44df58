/** `context.workbook`: its collections, the selection and the add-in's settings. */
import { ClientObjectDouble } from "./client-object";
import type { ContextDouble } from "./context";
import { missingSheet } from "./errors";
import { NamedItemCollectionDouble } from "./names";
import { RangeDouble } from "./range";
import { TableCollectionDouble } from "./tables";
import { WorksheetCollectionDouble } from "./worksheets";

export class WorkbookDouble {
  readonly worksheets: WorksheetCollectionDouble;
  readonly tables: TableCollectionDouble;
  readonly names: NamedItemCollectionDouble;
  readonly settings: {
    add: (key: string, value: unknown) => void;
    getItemOrNullObject: (key: string) => SettingDouble;
  };
  constructor(private readonly ctx: ContextDouble) {
    this.settings = {
      add: (key, value) =>
        ctx.enqueue(
          () => {
            ctx.state.settings.set(key, value);
          },
          { setting: key },
        ),
      getItemOrNullObject: (key) => new SettingDouble(ctx, key),
    };
    this.worksheets = new WorksheetCollectionDouble(ctx);
    this.tables = new TableCollectionDouble(ctx, () => undefined);
    this.names = new NamedItemCollectionDouble(ctx);
  }
  getSelectedRange(): RangeDouble {
    return new RangeDouble(
      this.ctx,
      () => this.ctx.state.sheet(this.ctx.state.selection?.sheet ?? "") ?? missingSheet(""),
      () => this.ctx.state.selection?.range ?? "A1",
    );
  }
}

export class SettingDouble extends ClientObjectDouble<{ isNullObject: boolean; value: unknown }> {
  constructor(
    ctx: ContextDouble,
    private readonly key: string,
  ) {
    super(ctx);
    this.load("isNullObject");
  }
  protected read() {
    const has = this.ctx.state.settings.has(this.key);
    return { isNullObject: !has, value: has ? this.ctx.state.settings.get(this.key) : undefined };
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get value(): unknown {
    return this.get("value");
  }
  delete(): void {
    this.ctx.enqueue(
      () => {
        this.ctx.state.settings.delete(this.key);
      },
      { deleteSetting: this.key },
    );
  }
}
