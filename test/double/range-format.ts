/** `range.format`: fill, font, wrapping and alignment set on every cell; column widths and row heights. */
import type { parseRange } from "../../src/templates/a1";
import { defineSetters } from "./client-object";
import type { ContextDouble } from "./context";
import type { CellFormat, CellState, SheetState } from "./sheet";

/** A range's corners, zero-based. */
export type Box = ReturnType<typeof parseRange>;
/** Calls back with the range's corners and its sheet (resolved at sync). */
export type WithBox = <T>(cb: (b: Box, s: SheetState) => T) => T;

export class RangeFormatDouble {
  readonly fill: { color: string };
  readonly font: { color: string; bold: boolean; italic: boolean; size: number; name: string };
  constructor(
    private readonly ctx: ContextDouble,
    private readonly each: (f: (c: CellState) => void) => void,
    private readonly box: WithBox,
  ) {
    const setter =
      <K extends keyof CellFormat>(key: K) =>
      (v: CellFormat[K]): void =>
        this.setOnEachCell(key, v);
    this.fill = defineSetters<{ color: string }>({ color: setter("fill") });
    this.font = defineSetters<{ color: string; bold: boolean; italic: boolean; size: number; name: string }>({
      color: setter("fontColor"),
      bold: setter("bold"),
      italic: setter("italic"),
      size: setter("size"),
      name: setter("fontName"),
    });
  }
  /** Queues setting one format property on every cell of the range. */
  private setOnEachCell<K extends keyof CellFormat>(key: K, v: CellFormat[K]): void {
    this.ctx.enqueue(
      () =>
        this.each((c) => {
          c.format[key] = v;
        }),
      { [key]: v },
    );
  }
  set wrapText(v: boolean) {
    this.setOnEachCell("wrap", v);
  }
  set verticalAlignment(v: string) {
    this.setOnEachCell("valign", v);
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
