/** `workbook.worksheets` and a worksheet: add, look up, rename, delete, activate, and get its ranges. */
import { rangeAddress } from "../../src/templates/a1";
import { ChartCollectionDouble } from "./charts";
import { ClientObjectDouble } from "./client-object";
import type { ContextDouble } from "./context";
import { missingSheet, OfficeErrorDouble } from "./errors";
import { withRefErrors } from "./excel-rules";
import { RangeDouble } from "./range";
import type { SheetState } from "./sheet";
import { TableCollectionDouble } from "./tables";

export class WorksheetCollectionDouble extends ClientObjectDouble<{ items: WorksheetDouble[] }> {
  protected read() {
    return { items: this.ctx.state.sheets.map((s) => new WorksheetDouble(this.ctx, () => s, true)) };
  }
  get items(): WorksheetDouble[] {
    return this.get("items");
  }
  add(name?: string): WorksheetDouble {
    let created: SheetState | undefined;
    this.ctx.enqueue(
      () => {
        created = this.ctx.state.addSheet(name ?? `Sheet${this.ctx.state.sheets.length + 1}`);
      },
      { addSheet: name },
    );
    return new WorksheetDouble(this.ctx, () => created ?? missingSheet(name ?? ""));
  }
  getItem(name: string): WorksheetDouble {
    return new WorksheetDouble(this.ctx, () => this.ctx.state.sheet(name) ?? missingSheet(name));
  }
  getItemOrNullObject(name: string): WorksheetDouble {
    return new WorksheetDouble(this.ctx, () => this.ctx.state.sheet(name) ?? missingSheet(name), false, true);
  }
  getActiveWorksheet(): WorksheetDouble {
    return new WorksheetDouble(
      this.ctx,
      () =>
        this.ctx.state.sheet(this.ctx.state.activeSheet ?? "") ?? this.ctx.state.sheets[0] ?? missingSheet("(active)"),
    );
  }
}

export class WorksheetDouble extends ClientObjectDouble<{ name: string; isNullObject: boolean }> {
  readonly tables: TableCollectionDouble;
  readonly charts: ChartCollectionDouble;
  readonly freezePanes: { freezeRows: (n: number) => void };
  constructor(
    ctx: ContextDouble,
    readonly resolve: () => SheetState,
    preloaded = false,
    private readonly nullable = false,
  ) {
    super(ctx);
    this.tables = new TableCollectionDouble(ctx, resolve);
    this.charts = new ChartCollectionDouble(ctx, resolve);
    this.freezePanes = {
      freezeRows: (n) =>
        ctx.enqueue(
          () => {
            resolve().frozenRows = n;
          },
          { freezeRows: n },
        ),
    };
    if (preloaded) {
      const s = resolve();
      (this as unknown as { preName: string }).preName = s.name;
    }
  }
  protected read() {
    if (this.nullable) {
      try {
        return { name: this.resolve().name, isNullObject: false };
      } catch {
        return { name: "", isNullObject: true };
      }
    }
    return { name: this.resolve().name, isNullObject: false };
  }
  get name(): string {
    const pre = (this as unknown as { preName?: string }).preName;
    return pre ?? this.get("name");
  }
  set name(v: string) {
    this.ctx.enqueue(
      () => {
        this.resolve().name = v;
      },
      { rename: v },
    );
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  set tabColor(v: string) {
    this.ctx.enqueue(
      () => {
        this.resolve().tabColor = v;
      },
      { tabColor: v },
    );
  }
  getRange(address?: string): RangeDouble {
    return new RangeDouble(this.ctx, this.resolve, () => address ?? "A1:XFD1048576"); // no address: the whole sheet
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeDouble {
    return new RangeDouble(this.ctx, this.resolve, () => rangeAddress(row, col, row + rows - 1, col + cols - 1));
  }
  getUsedRange(): RangeDouble {
    return new RangeDouble(this.ctx, this.resolve, () => {
      const u = this.resolve().used();
      return rangeAddress(0, 0, Math.max(u.rows, 1) - 1, Math.max(u.cols, 1) - 1);
    });
  }
  /** The used range (values only, from A1 in the store), or a null object on an empty sheet (ExcelApi 1.4). */
  getUsedRangeOrNullObject(): RangeDouble {
    return new RangeDouble(
      this.ctx,
      this.resolve,
      () => {
        const u = this.resolve().used();
        if (u.rows === 0) throw new OfficeErrorDouble("ItemNotFound", "The sheet has no used range.");
        return rangeAddress(0, 0, u.rows - 1, u.cols - 1);
      },
      true,
    );
  }
  activate(): void {
    this.ctx.enqueue(
      () => {
        this.ctx.state.activeSheet = this.resolve().name;
      },
      { activate: true },
    );
  }
  /**
   * Deleting a sheet drops its tables and leaves the names on it as `#REF!`, as Excel does; formulas elsewhere
   * that referred to its cells or its tables now refer to `#REF!` (Excel rewrites them).
   */
  delete(): void {
    this.ctx.enqueue(
      () => {
        const s = this.resolve();
        const st = this.ctx.state;
        if (st.sheets.length === 1)
          throw new OfficeErrorDouble("InvalidOperation", "A workbook must contain at least one visible worksheet.");
        if (st.activeSheet === s.name) st.activeSheet = st.sheets.find((o) => o !== s)?.name;
        st.sheets.splice(st.sheets.indexOf(s), 1);
        const gone = st.tables.filter((t) => t.sheet === s).map((t) => t.name);
        for (let i = st.tables.length - 1; i >= 0; i--) if (st.tables[i]!.sheet === s) st.tables.splice(i, 1);
        for (const n of st.names) if (n.sheet === s) n.error = "#REF!";
        for (const other of st.sheets)
          for (const cell of other.cells.values())
            if (cell.formula !== undefined) cell.formula = withRefErrors(cell.formula, s.name, gone);
      },
      { deleteSheet: true },
    );
  }
}
