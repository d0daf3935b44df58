/**
 * A test double of the Excel JavaScript API: the subset the shell uses, behaving like Office.js.
 *
 * - Calls on proxy objects are queued and carried out at `context.sync()`, which is counted; the
 *   payload of each batch is measured (JSON size of the queued arguments).
 * - Properties are readable only after `load()` and a sync (else PropertyNotLoaded, as Office.js).
 * - Errors surface at sync, with Office.js's codes: ItemAlreadyExists, ItemNotFound,
 *   InvalidArgument (a 2-D array that does not fit its range, a bad address), and the rest of the
 *   batch is dropped.
 * - A real cell grid: values, formulas, number formats, formats; a string starting with "=" written
 *   as a value becomes a formula, a leading apostrophe keeps text as text, numeric text becomes a
 *   number unless the cell is formatted as text ("@"). It does not calculate: a formula cell's value
 *   reads as "" (tests compare formulas, LibreOffice checks the results).
 *
 * office-addin-mock cannot do this (no collections, no add(), no grid, no formulas).
 */
import { parseRange, rangeAddress } from "../../src/templates/a1";

export class OfficeErrorDouble extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export interface CellFormat {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  fontName?: string;
  wrap?: boolean;
  valign?: string;
}
export interface CellState {
  value: string | number | boolean;
  formula?: string;
  numberFormat: string;
  format: CellFormat;
}
export type RuleDouble = Record<string, unknown>;

export class SheetState {
  readonly cells = new Map<string, CellState>();
  readonly dataValidations: { range: string; rule: RuleDouble }[] = [];
  readonly conditionalFormats: { range: string; formula: string; fill?: string; fontColor?: string }[] = [];
  readonly charts: {
    type: string;
    title: string;
    from?: string;
    to?: string;
    series: { name: string; values?: string; xValues?: string; chartType?: string }[];
  }[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  frozenRows = 0;
  tabColor = "";
  constructor(public name: string) {}

  cell(r: number, c: number): CellState | undefined {
    return this.cells.get(`${r},${c}`);
  }
  ensure(r: number, c: number): CellState {
    const key = `${r},${c}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: "", numberFormat: "General", format: {} };
      this.cells.set(key, cell);
    }
    return cell;
  }
  /** Used range: the smallest rectangle holding every non-empty cell. */
  used(): { rows: number; cols: number } {
    let rows = 0,
      cols = 0;
    for (const [key, cell] of this.cells) {
      if (cell.value === "" && cell.formula === undefined) continue;
      const [r, c] = key.split(",").map(Number) as [number, number];
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    }
    return { rows, cols };
  }
}

export interface TableState {
  name: string;
  sheet: SheetState;
  range: string;
  style: string;
  headers: string[];
}
/** A defined name; `error` once its cells are gone (a deleted sheet leaves `=#REF!`, as in Excel). */
export interface NameState {
  name: string;
  sheet: SheetState;
  range: string;
  error?: string;
}

/** The workbook behind the double: inspect it in tests, or seed it with a user's sheets. */
export class WorkbookState {
  readonly settings = new Map<string, unknown>();
  /** Handlers registered with `worksheets.onChanged`; `type()` fires them, as a user's edit does. */
  readonly changeHandlers = new Set<(args: unknown) => Promise<unknown> | void>();
  readonly sheets: SheetState[] = [];
  readonly tables: TableState[] = [];
  readonly names: NameState[] = [];
  selection?: { sheet: string; range: string };
  activeSheet?: string;

  sheet(name: string): SheetState | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
  addSheet(name: string): SheetState {
    if (this.sheet(name)) throw new OfficeErrorDouble("ItemAlreadyExists", `A worksheet named ${name} already exists.`);
    if (!/^[^\\/?*[\]:]{1,31}$/.test(name) || name.startsWith("'"))
      throw new OfficeErrorDouble("InvalidArgument", `${name} is not a valid sheet name.`);
    const s = new SheetState(name);
    this.sheets.push(s);
    return s;
  }
  /** A user's typing: `=…` becomes a formula, other text and numbers constants. */
  type(sheetName: string, address: string, value: string | number | boolean): void {
    const sheet = this.sheet(sheetName) ?? this.addSheet(sheetName);
    const { row, col } = { row: parseRange(address).r1, col: parseRange(address).c1 };
    writeEntry(sheet.ensure(row, col), value, "values");
    for (const h of this.changeHandlers)
      void h({ worksheetId: sheet.name, address, changeType: "RangeEdited", source: "Local" });
  }
}

function writeEntry(cell: CellState, v: unknown, as: "values" | "formulas"): void {
  if (typeof v === "string" && v.startsWith("=") && v.length > 1) {
    cell.formula = v;
    cell.value = "";
    return;
  }
  delete cell.formula;
  if (typeof v === "string" && v.startsWith("'")) {
    cell.value = v.slice(1);
    return;
  }
  if (typeof v === "string" && cell.numberFormat !== "@" && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) {
    cell.value = Number(v);
    return;
  }
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") {
    cell.value = v;
    return;
  }
  if (v === null || v === undefined) return; // null leaves the cell as it is, as Office.js does
  throw new OfficeErrorDouble("InvalidArgument", `Cannot write ${String(v)} (${as}).`);
}

type Op = { run: () => void; payload: unknown };

/** The request context: a queue of operations carried out at sync. */
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

  async sync(): Promise<void> {
    this.syncCount += 1;
    const ops = this.queue;
    this.queue = [];
    this.payloads.push(JSON.stringify(ops.map((o) => o.payload)).length);
    for (const op of ops) op.run(); // throws the first error; the rest of the batch is dropped
  }
}

function notLoaded(prop: string): never {
  throw new OfficeErrorDouble(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** Base of proxies: `load()` snapshots named properties at the next sync. */
abstract class Proxy<TSnapshot extends object> {
  private snapshot: Partial<TSnapshot> = {};
  private readonly loaded = new Set<string>();
  constructor(protected readonly ctx: ContextDouble) {}
  protected abstract read(): TSnapshot;
  load(props?: string | string[] | Record<string, unknown>): this {
    const list =
      typeof props === "string"
        ? props.split(",").map((p) => p.trim())
        : Array.isArray(props)
          ? props
          : Object.keys(props ?? {});
    this.ctx.enqueue(
      () => {
        const all = this.read();
        for (const p of list.length > 0 ? list : Object.keys(all)) {
          const top = p.split("/")[0]!;
          (this.snapshot as Record<string, unknown>)[top] = (all as Record<string, unknown>)[top];
          this.loaded.add(top);
        }
      },
      { load: list },
    );
    return this;
  }
  protected get<K extends keyof TSnapshot & string>(prop: K): TSnapshot[K] {
    if (!this.loaded.has(prop)) notLoaded(prop);
    return this.snapshot[prop] as TSnapshot[K];
  }
}

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

function missingSheet(name: string): never {
  throw new OfficeErrorDouble("ItemNotFound", `The requested resource doesn't exist (worksheet ${name}).`);
}

export class WorksheetCollectionDouble extends Proxy<{ items: WorksheetDouble[] }> {
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
  readonly onChanged = {
    add: (handler: (args: unknown) => Promise<unknown> | void) => {
      this.ctx.enqueue(
        () => {
          this.ctx.state.changeHandlers.add(handler);
        },
        { onChanged: true },
      );
      const ctx = this.ctx;
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
  getActiveWorksheet(): WorksheetDouble {
    return new WorksheetDouble(
      this.ctx,
      () =>
        this.ctx.state.sheet(this.ctx.state.activeSheet ?? "") ?? this.ctx.state.sheets[0] ?? missingSheet("(active)"),
    );
  }
}

export class WorksheetDouble extends Proxy<{ name: string; isNullObject: boolean }> {
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
    return new RangeDouble(this.ctx, this.resolve, () => address ?? "A1");
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
  activate(): void {
    this.ctx.enqueue(
      () => {
        this.ctx.state.activeSheet = this.resolve().name;
      },
      { activate: true },
    );
  }
  delete(): void {
    this.ctx.enqueue(
      () => {
        const s = this.resolve();
        const st = this.ctx.state;
        st.sheets.splice(st.sheets.indexOf(s), 1);
        for (let i = st.tables.length - 1; i >= 0; i--) if (st.tables[i]!.sheet === s) st.tables.splice(i, 1);
        for (const n of st.names) if (n.sheet === s) n.error = "#REF!";
      },
      { deleteSheet: true },
    );
  }
}

type Grid = unknown[][];

interface RangeSnapshot {
  isNullObject: boolean;
  address: string;
  values: Grid;
  formulas: Grid;
  numberFormat: Grid;
  rowCount: number;
  columnCount: number;
  rowIndex: number;
  columnIndex: number;
}

export class RangeDouble extends Proxy<RangeSnapshot> {
  readonly format: RangeFormatDouble;
  readonly dataValidation: { clear: () => void; rule: RuleDouble };
  readonly conditionalFormats: ConditionalFormatCollectionDouble;
  constructor(
    ctx: ContextDouble,
    readonly sheet: () => SheetState,
    readonly resolveAddress: () => string,
    private readonly nullable = false,
  ) {
    super(ctx);
    if (nullable) this.load("isNullObject"); // Office.js loads isNullObject of *OrNullObject results at sync
    this.format = new RangeFormatDouble(
      ctx,
      (f) => this.eachCell((c) => f(c)),
      (cb) => this.box(cb),
    );
    const dv = {
      clear: (): void =>
        ctx.enqueue(
          () => {
            const s = sheet();
            const a = this.addr();
            for (let i = s.dataValidations.length - 1; i >= 0; i--)
              if (s.dataValidations[i]!.range === a) s.dataValidations.splice(i, 1);
          },
          { dvClear: true },
        ),
    } as { clear: () => void; rule: RuleDouble };
    Object.defineProperty(dv, "rule", {
      set: (rule: RuleDouble) =>
        ctx.enqueue(
          () => {
            const s = sheet();
            const a = this.addr();
            if (s.dataValidations.some((v) => v.range === a))
              throw new OfficeErrorDouble(
                "InvalidOperation",
                "The range already has a data validation rule: clear it first.",
              );
            s.dataValidations.push({ range: a, rule });
          },
          { rule },
        ),
    });
    this.dataValidation = dv;
    this.conditionalFormats = new ConditionalFormatCollectionDouble(ctx, sheet, () => this.addr());
  }
  private addr(): string {
    const a = this.resolveAddress().replace(/^.*!/, "").replace(/\$/g, "");
    try {
      parseRange(a);
    } catch {
      throw new OfficeErrorDouble(
        "InvalidArgument",
        `The argument is invalid or missing or has an incorrect format (address ${a}).`,
      );
    }
    return a;
  }
  private box<T>(cb: (b: { r1: number; c1: number; r2: number; c2: number }, s: SheetState) => T): T {
    return cb(parseRange(this.addr()), this.sheet());
  }
  private eachCell(f: (c: CellState) => void): void {
    this.box((b, s) => {
      for (let r = b.r1; r <= b.r2; r++) for (let c = b.c1; c <= b.c2; c++) f(s.ensure(r, c));
    });
  }

  protected read(): RangeSnapshot {
    if (this.nullable) {
      try {
        this.sheet();
        this.addr();
      } catch (e) {
        if (e instanceof OfficeErrorDouble && e.code === "ItemNotFound") return { isNullObject: true } as RangeSnapshot;
        throw e;
      }
    }
    return this.box((b, s) => {
      const grid = (f: (c: CellState | undefined) => unknown): Grid =>
        Array.from({ length: b.r2 - b.r1 + 1 }, (_, i) =>
          Array.from({ length: b.c2 - b.c1 + 1 }, (_, j) => f(s.cell(b.r1 + i, b.c1 + j))),
        );
      return {
        isNullObject: false,
        address: `${quoteIfNeeded(s.name)}!${rangeAddress(b.r1, b.c1, b.r2, b.c2)}`,
        values: grid((c) => (c ? (c.formula !== undefined ? formulaValue(c.formula) : c.value) : "")),
        formulas: grid((c) => (c ? (c.formula ?? c.value) : "")),
        numberFormat: grid((c) => c?.numberFormat ?? "General"),
        rowCount: b.r2 - b.r1 + 1,
        columnCount: b.c2 - b.c1 + 1,
        rowIndex: b.r1,
        columnIndex: b.c1,
      };
    });
  }
  private write(kind: "values" | "formulas" | "numberFormat", grid: Grid): void {
    this.ctx.enqueue(
      () =>
        this.box((b, s) => {
          const rows = b.r2 - b.r1 + 1,
            cols = b.c2 - b.c1 + 1;
          if (
            !Array.isArray(grid) ||
            grid.length !== rows ||
            grid.some((line) => !Array.isArray(line) || line.length !== cols)
          ) {
            throw new OfficeErrorDouble(
              "InvalidArgument",
              "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
            );
          }
          grid.forEach((line, i) =>
            line.forEach((v, j) => {
              const cell = s.ensure(b.r1 + i, b.c1 + j);
              if (kind === "numberFormat") {
                if (typeof v === "string") cell.numberFormat = v;
              } else writeEntry(cell, v, kind);
            }),
          );
        }),
      { [kind]: grid },
    );
  }
  get values(): Grid {
    return this.get("values");
  }
  set values(v: Grid) {
    this.write("values", v);
  }
  get formulas(): Grid {
    return this.get("formulas");
  }
  set formulas(v: Grid) {
    this.write("formulas", v);
  }
  get numberFormat(): Grid {
    return this.get("numberFormat");
  }
  set numberFormat(v: Grid) {
    this.write("numberFormat", v);
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get address(): string {
    return this.get("address");
  }
  select(): void {
    this.ctx.enqueue(
      () => {
        this.ctx.state.selection = { sheet: this.sheet().name, range: this.addr() };
      },
      { select: true },
    );
  }
  getCell(row: number, col: number): RangeDouble {
    return new RangeDouble(this.ctx, this.sheet, () => {
      const b = parseRange(this.addr());
      return rangeAddress(b.r1 + row, b.c1 + col, b.r1 + row, b.c1 + col);
    });
  }
}

/** The double does not calculate, except a formula that is an error literal (`=#REF!`), as Excel shows it. */
function formulaValue(formula: string): string {
  if (/^=NA\(\)$/i.test(formula)) return "#N/A";
  return /^=#[A-Z0-9/]+[!?]?$/i.test(formula) ? formula.slice(1) : "";
}

const quoteIfNeeded = (name: string): string =>
  /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;

class RangeFormatDouble {
  readonly fill: { color: string };
  readonly font: { color: string; bold: boolean; italic: boolean; size: number; name: string };
  constructor(
    private readonly ctx: ContextDouble,
    private readonly each: (f: (c: CellState) => void) => void,
    private readonly box: <T>(cb: (b: { r1: number; c1: number; r2: number; c2: number }, s: SheetState) => T) => T,
  ) {
    const setter =
      <K extends keyof CellFormat>(key: K) =>
      (v: CellFormat[K]): void =>
        ctx.enqueue(
          () =>
            each((c) => {
              c.format[key] = v;
            }),
          { [key]: v },
        );
    this.fill = defineSetters<{ color: string }>({ color: setter("fill") });
    this.font = defineSetters<{ color: string; bold: boolean; italic: boolean; size: number; name: string }>({
      color: setter("fontColor"),
      bold: setter("bold"),
      italic: setter("italic"),
      size: setter("size"),
      name: setter("fontName"),
    });
  }
  set wrapText(v: boolean) {
    this.ctx.enqueue(
      () =>
        this.each((c) => {
          c.format.wrap = v;
        }),
      { wrap: v },
    );
  }
  set verticalAlignment(v: string) {
    this.ctx.enqueue(
      () =>
        this.each((c) => {
          c.format.valign = v;
        }),
      { valign: v },
    );
  }
  set columnWidth(v: number) {
    this.ctx.enqueue(
      () =>
        this.box((b, s) => {
          for (let c = b.c1; c <= b.c2; c++) s.columnWidths.set(c, v);
        }),
      { columnWidth: v },
    );
  }
  set rowHeight(v: number) {
    this.ctx.enqueue(
      () =>
        this.box((b, s) => {
          for (let r = b.r1; r <= b.r2; r++) s.rowHeights.set(r, v);
        }),
      { rowHeight: v },
    );
  }
}

/** An object whose listed properties are write-only setters (reading them is a test bug). */
function defineSetters<T extends Record<string, unknown>>(setters: Record<keyof T, (v: never) => void>): T {
  const o = {} as T;
  for (const [k, set] of Object.entries(setters))
    Object.defineProperty(o, k, { set: set as (v: unknown) => void, get: () => notLoaded(k) });
  return o;
}

/** A range's conditional formats: those whose range is exactly this range (enough for the shell). */
class ConditionalFormatCollectionDouble extends Proxy<{ items: LoadedConditionalFormat[] }> {
  constructor(
    ctx: ContextDouble,
    private readonly sheet: () => SheetState,
    private readonly addr: () => string,
  ) {
    super(ctx);
  }
  protected read() {
    const s = this.sheet();
    const a = this.addr();
    return {
      items: s.conditionalFormats
        .filter((cf) => cf.range === a)
        .map((cf) => ({
          type: "Custom",
          custom: { rule: { formula: cf.formula } },
          delete: (): void =>
            this.ctx.enqueue(
              () => {
                const i = s.conditionalFormats.indexOf(cf);
                if (i >= 0) s.conditionalFormats.splice(i, 1);
              },
              { deleteCf: a },
            ),
        })),
    };
  }
  get items(): LoadedConditionalFormat[] {
    return this.get("items");
  }
  add(type: string): ConditionalFormatDouble {
    const cf = new ConditionalFormatDouble();
    // Rule and format are set on the proxy before the batch runs, so the state is complete here.
    this.ctx.enqueue(
      () => {
        if (type !== "Custom")
          throw new OfficeErrorDouble(
            "InvalidArgument",
            `Conditional format type ${type} is not supported by the double.`,
          );
        this.sheet().conditionalFormats.push(cf.state(this.addr()));
      },
      { cf: type },
    );
    return cf;
  }
}

interface LoadedConditionalFormat {
  type: string;
  custom: { rule: { formula: string } };
  delete: () => void;
}

class ConditionalFormatDouble {
  private formula = "";
  private fill?: string;
  private fontColor?: string;
  readonly custom = {
    rule: defineSetters<{ formula: string }>({
      formula: (v: string) => {
        this.formula = v;
      },
    }),
    format: {
      fill: defineSetters<{ color: string }>({
        color: (v: string) => {
          this.fill = v;
        },
      }),
      font: defineSetters<{ color: string }>({
        color: (v: string) => {
          this.fontColor = v;
        },
      }),
    },
  };
  state(range: string) {
    return {
      range,
      formula: this.formula,
      ...(this.fill ? { fill: this.fill } : {}),
      ...(this.fontColor ? { fontColor: this.fontColor } : {}),
    };
  }
}

export class TableCollectionDouble extends Proxy<{ items: { name: string }[] }> {
  constructor(
    ctx: ContextDouble,
    private readonly sheet: () => SheetState | undefined,
  ) {
    super(ctx);
  }
  protected read() {
    const s = this.sheetOrUndefined();
    return { items: this.ctx.state.tables.filter((t) => !s || t.sheet === s).map((t) => ({ name: t.name })) };
  }
  private sheetOrUndefined(): SheetState | undefined {
    return this.sheet();
  }
  get items(): { name: string }[] {
    return this.get("items");
  }
  add(address: string, hasHeaders: boolean): TableDouble {
    const table: { state?: TableState } = {};
    this.ctx.enqueue(
      () => {
        const [sheetPart, rangePart] = address.includes("!")
          ? [
              address.slice(0, address.lastIndexOf("!")).replace(/^'|'$/g, ""),
              address.slice(address.lastIndexOf("!") + 1),
            ]
          : [undefined, address];
        const sheet = sheetPart
          ? (this.ctx.state.sheet(sheetPart) ?? missingSheet(sheetPart))
          : (this.sheet() ?? missingSheet("(none)"));
        const b = parseRange(rangePart!);
        for (const t of this.ctx.state.tables) {
          if (t.sheet !== sheet) continue;
          const o = parseRange(t.range);
          if (b.r1 <= o.r2 && o.r1 <= b.r2 && b.c1 <= o.c2 && o.c1 <= b.c2)
            throw new OfficeErrorDouble("InvalidArgument", `A table can't overlap another table (${t.name}).`);
        }
        const headers: string[] = [];
        for (let c = b.c1; c <= b.c2; c++)
          headers.push(
            hasHeaders ? String(sheet.cell(b.r1, c)?.value ?? `Column${c - b.c1 + 1}`) : `Column${c - b.c1 + 1}`,
          );
        let n = this.ctx.state.tables.length + 1;
        while (this.ctx.state.tables.some((t) => t.name === `Table${n}`)) n++;
        table.state = {
          name: `Table${n}`,
          sheet,
          range: rangeAddress(b.r1, b.c1, b.r2, b.c2),
          style: "TableStyleMedium2",
          headers,
        };
        this.ctx.state.tables.push(table.state);
      },
      { addTable: address },
    );
    return new TableDouble(
      this.ctx,
      () =>
        table.state ??
        (() => {
          throw new OfficeErrorDouble("ItemNotFound", "Table not created.");
        })(),
    );
  }
  getItem(name: string): TableDouble {
    return new TableDouble(
      this.ctx,
      () =>
        this.ctx.state.tables.find((t) => t.name.toLowerCase() === name.toLowerCase()) ??
        (() => {
          throw new OfficeErrorDouble("ItemNotFound", `Table ${name} not found.`);
        })(),
    );
  }
  getItemOrNullObject(name: string): TableDouble {
    return new TableDouble(
      this.ctx,
      () =>
        this.ctx.state.tables.find((t) => t.name.toLowerCase() === name.toLowerCase()) ??
        (() => {
          throw new OfficeErrorDouble("ItemNotFound", `Table ${name} not found.`);
        })(),
      true,
    );
  }
}

export class TableDouble extends Proxy<{ name: string; style: string; isNullObject: boolean }> {
  constructor(
    ctx: ContextDouble,
    private readonly resolve: () => TableState,
    private readonly nullable = false,
  ) {
    super(ctx);
    if (nullable) this.load("isNullObject");
  }
  protected read() {
    try {
      const t = this.resolve();
      return { name: t.name, style: t.style, isNullObject: false };
    } catch (e) {
      if (this.nullable && e instanceof OfficeErrorDouble && e.code === "ItemNotFound")
        return { name: "", style: "", isNullObject: true };
      throw e;
    }
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  /** The table's whole range, header included. Called on a null object it gives a null object (Office.js). */
  getRange(): RangeDouble {
    return new RangeDouble(
      this.ctx,
      () => this.resolve().sheet,
      () => this.resolve().range,
      this.nullable,
    );
  }
  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.ctx.enqueue(
      () => {
        const st = this.ctx.state;
        const t = this.resolve();
        if (
          st.tables.some((o) => o !== t && o.name.toLowerCase() === v.toLowerCase()) ||
          st.names.some((n) => n.name.toLowerCase() === v.toLowerCase())
        ) {
          throw new OfficeErrorDouble("InvalidArgument", `The name ${v} is already used by a table or a name.`);
        }
        t.name = v;
      },
      { tableName: v },
    );
  }
  get style(): string {
    return this.get("style");
  }
  set style(v: string) {
    this.ctx.enqueue(
      () => {
        this.resolve().style = v;
      },
      { tableStyle: v },
    );
  }
}

export class NamedItemCollectionDouble extends Proxy<{ items: { name: string }[] }> {
  protected read() {
    return { items: this.ctx.state.names.map((n) => ({ name: n.name })) };
  }
  get items(): { name: string }[] {
    return this.get("items");
  }
  add(name: string, reference: RangeDouble | string): void {
    this.ctx.enqueue(
      () => {
        const st = this.ctx.state;
        if (
          st.names.some((n) => n.name.toLowerCase() === name.toLowerCase()) ||
          st.tables.some((t) => t.name.toLowerCase() === name.toLowerCase())
        ) {
          throw new OfficeErrorDouble("ItemAlreadyExists", `The name ${name} already exists.`);
        }
        if (!(reference instanceof RangeDouble))
          throw new OfficeErrorDouble("InvalidArgument", "The double only names ranges.");
        st.names.push({ name, sheet: reference.sheet(), range: reference.resolveAddress().replace(/\$/g, "") });
      },
      { addName: name },
    );
  }
  getItemOrNullObject(name: string): NamedItemDouble {
    return new NamedItemDouble(this.ctx, () =>
      this.ctx.state.names.find((n) => n.name.toLowerCase() === name.toLowerCase()),
    );
  }
}

export class SettingDouble extends Proxy<{ isNullObject: boolean; value: unknown }> {
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

export class NamedItemDouble extends Proxy<{ isNullObject: boolean; name: string; type: string; value: string }> {
  constructor(
    ctx: ContextDouble,
    private readonly find: () => NameState | undefined,
  ) {
    super(ctx);
    this.load("isNullObject");
  }
  protected read() {
    const n = this.find();
    if (!n) return { isNullObject: true, name: "", type: "", value: "" };
    return {
      isNullObject: false,
      name: n.name,
      type: n.error ? "Error" : "Range",
      value: n.error ?? `${quoteIfNeeded(n.sheet.name)}!${n.range}`,
    };
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get type(): string {
    return this.get("type");
  }
  get value(): string {
    return this.get("value");
  }
  /** The cells the name refers to, or a null object when it refers to none (a missing name too). */
  getRangeOrNullObject(): RangeDouble {
    const named = (): NameState => {
      const n = this.find();
      if (!n || n.error) throw new OfficeErrorDouble("ItemNotFound", "The name refers to no range.");
      return n;
    };
    return new RangeDouble(
      this.ctx,
      () => named().sheet,
      () => named().range,
      true,
    );
  }
}

class ChartCollectionDouble {
  constructor(
    private readonly ctx: ContextDouble,
    private readonly sheet: () => SheetState,
  ) {}
  add(type: string, source: RangeDouble, seriesBy?: string): ChartDouble {
    const chart = {
      type,
      title: "",
      series: [] as SheetState["charts"][number]["series"],
      from: undefined as string | undefined,
      to: undefined as string | undefined,
    };
    this.ctx.enqueue(
      () => {
        if (seriesBy !== "Columns" && seriesBy !== "Rows")
          throw new OfficeErrorDouble(
            "InvalidArgument",
            "Pass seriesBy explicitly (Excel on the web guesses wrongly otherwise).",
          );
        chart.series.push({ name: "Series1", values: source.resolveAddress() });
        this.sheet().charts.push(chart);
      },
      { addChart: type },
    );
    return new ChartDouble(this.ctx, chart);
  }
}

class ChartDouble {
  readonly title: { text: string };
  readonly legend: { position: string };
  readonly series: { getItemAt: (i: number) => SeriesDouble; add: (name: string) => SeriesDouble };
  constructor(ctx: ContextDouble, chart: SheetState["charts"][number]) {
    this.title = defineSetters<{ text: string }>({
      text: (v: string) =>
        ctx.enqueue(
          () => {
            chart.title = v;
          },
          { title: v },
        ),
    });
    this.legend = defineSetters<{ position: string }>({
      position: (v: string) => ctx.enqueue(() => {}, { legend: v }),
    });
    const series = (get: () => SheetState["charts"][number]["series"][number]): SeriesDouble =>
      new SeriesDouble(ctx, get);
    this.series = {
      getItemAt: (i) =>
        series(
          () =>
            chart.series[i] ??
            (() => {
              throw new OfficeErrorDouble("ItemNotFound", `No series ${i}.`);
            })(),
        ),
      add: (name) => {
        const s = { name };
        ctx.enqueue(
          () => {
            chart.series.push(s);
          },
          { addSeries: name },
        );
        return series(() => s);
      },
    };
    this.setPosition = (from: string, to?: string) =>
      ctx.enqueue(
        () => {
          chart.from = from;
          if (to) chart.to = to;
        },
        { position: [from, to] },
      );
  }
  readonly setPosition: (from: string, to?: string) => void;
}

class SeriesDouble {
  constructor(
    private readonly ctx: ContextDouble,
    private readonly get: () => SheetState["charts"][number]["series"][number],
  ) {}
  set name(v: string) {
    this.ctx.enqueue(
      () => {
        this.get().name = v;
      },
      { seriesName: v },
    );
  }
  set chartType(v: string) {
    this.ctx.enqueue(
      () => {
        this.get().chartType = v;
      },
      { seriesType: v },
    );
  }
  setValues(r: RangeDouble): void {
    this.ctx.enqueue(
      () => {
        this.get().values = r.resolveAddress();
      },
      { values: true },
    );
  }
  setXAxisValues(r: RangeDouble): void {
    this.ctx.enqueue(
      () => {
        this.get().xValues = r.resolveAddress();
      },
      { xValues: true },
    );
  }
}

/** What `Office.context` answers in the double. */
export interface HostDouble {
  displayLanguage: string;
  excelApi: string;
}

/**
 * Installs the double as the globals `Excel` and `Office` (as office.js would), returning the
 * workbook state and the list of contexts used, for assertions.
 */
export function installExcelDouble(
  state = new WorkbookState(),
  host: HostDouble = { displayLanguage: "sv-SE", excelApi: "1.9" },
): { state: WorkbookState; contexts: ContextDouble[]; uninstall: () => void } {
  const contexts: ContextDouble[] = [];
  const g = globalThis as unknown as Record<string, unknown>;
  const before = { Excel: g.Excel, Office: g.Office };
  g.Excel = {
    // Excel.run(batch), or Excel.run(existingContextOrObject, batch) to reuse a context (event handlers).
    run: async <T>(first: unknown, second?: (context: ContextDouble) => Promise<T>): Promise<T> => {
      const batch = (second ?? first) as (context: ContextDouble) => Promise<T>;
      const ctx = new ContextDouble(state);
      contexts.push(ctx);
      return batch(ctx);
    },
  };
  const supported = (set: string, version: string): boolean => set === "ExcelApi" && versionLE(version, host.excelApi);
  g.Office = {
    HostType: { Excel: "Excel" },
    onReady: async () => ({ host: "Excel", platform: "OfficeOnline" }),
    context: { displayLanguage: host.displayLanguage, requirements: { isSetSupported: supported } },
  };
  return {
    state,
    contexts,
    uninstall: () => {
      g.Excel = before.Excel;
      g.Office = before.Office;
    },
  };
}

function versionLE(a: string, b: string): boolean {
  const [a1 = 0, a2 = 0] = a.split(".").map(Number);
  const [b1 = 0, b2 = 0] = b.split(".").map(Number);
  return a1 < b1 || (a1 === b1 && a2 <= b2);
}
