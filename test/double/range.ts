/**
 * A range: reads values, formulas and number formats as 2-D arrays (after load and sync), writes them
 * (the array must fit the range), and carries the range's format and rules.
 */
import { cellAddress, parseRange, rangeAddress } from "../../src/templates/a1";
import { quoteIfNeeded } from "./addresses";
import { ClientObjectDouble } from "./client-object";
import type { ContextDouble } from "./context";
import { OfficeErrorDouble } from "./errors";
import { checkNumberFormat } from "./excel-rules";
import { RangeFormatDouble, type Box } from "./range-format";
import { ConditionalFormatCollectionDouble, dataValidationDouble } from "./rules";
import { formulaValue, writeEntry, type CellState, type RuleDouble, type SheetState } from "./sheet";

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

export class RangeDouble extends ClientObjectDouble<RangeSnapshot> {
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
    this.dataValidation = dataValidationDouble(ctx, sheet, () => this.addr());
    this.conditionalFormats = new ConditionalFormatCollectionDouble(ctx, sheet, () => this.addr());
  }
  /** The address without sheet or `$`; InvalidArgument if it is not one. */
  addr(): string {
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
  private box<T>(cb: (b: Box, s: SheetState) => T): T {
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
  /** `n` rows just below the range, as wide as it (Office.js getRowsBelow, ExcelApi 1.2). */
  getRowsBelow(n = 1): RangeDouble {
    return this.beside((b) => rangeAddress(b.r2 + 1, b.c1, b.r2 + n, b.c2));
  }
  /** `n` columns just right of the range, as tall as it (getColumnsAfter, ExcelApi 1.2). */
  getColumnsAfter(n = 1): RangeDouble {
    return this.beside((b) => rangeAddress(b.r1, b.c2 + 1, b.r2, b.c2 + n));
  }
  /** Row `i` of the range (the library slices a big write by rows: getRow(i).getBoundingRect(getRow(j))). */
  getRow(i: number): RangeDouble {
    return this.beside((b) => rangeAddress(b.r1 + i, b.c1, b.r1 + i, b.c2));
  }
  /** The smallest range holding this range and `other` (on the same sheet). */
  getBoundingRect(other: RangeDouble): RangeDouble {
    return this.beside((b) => {
      const o = parseRange(other.addr());
      return rangeAddress(Math.min(b.r1, o.r1), Math.min(b.c1, o.c1), Math.max(b.r2, o.r2), Math.max(b.c2, o.c2));
    });
  }
  /** Excel's check before a sliced write: the array must have the range's size. */
  _ValidateArraySize(rows: number, cols: number): void {
    this.ctx.enqueue(
      () => {
        const b = parseRange(this.addr());
        if (b.r2 - b.r1 + 1 !== rows || b.c2 - b.c1 + 1 !== cols)
          throw new OfficeErrorDouble("InvalidArgument", `A ${rows} × ${cols} array does not fit ${this.addr()}.`);
      },
      { validateArraySize: [rows, cols] },
    );
  }
  private beside(address: (b: Box) => string): RangeDouble {
    return new RangeDouble(this.ctx, this.sheet, () => address(parseRange(this.addr())), this.nullable);
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
                if (typeof v === "string") {
                  checkNumberFormat(v);
                  cell.numberFormat = v;
                }
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
      return cellAddress(b.r1 + row, b.c1 + col);
    });
  }
}
