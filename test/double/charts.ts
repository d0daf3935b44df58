/** Charts: `worksheet.charts.add()` (seriesBy must be given), a chart's title, legend, position and series. */
import { defineSetters } from "./client-object";
import type { ContextDouble } from "./context";
import { itemNotFound, OfficeErrorDouble } from "./errors";
import type { RangeDouble } from "./range";
import type { ChartState, SeriesState, SheetState } from "./sheet";

export class ChartCollectionDouble {
  constructor(
    private readonly ctx: ContextDouble,
    private readonly sheet: () => SheetState,
  ) {}
  add(type: string, source: RangeDouble, seriesBy?: string): ChartDouble {
    const chart = {
      type,
      title: "",
      series: [] as SeriesState[],
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
  constructor(ctx: ContextDouble, chart: ChartState) {
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
    this.series = {
      getItemAt: (i) => new SeriesDouble(ctx, () => chart.series[i] ?? itemNotFound(`No series ${i}.`)),
      add: (name) => {
        const s = { name };
        ctx.enqueue(
          () => {
            chart.series.push(s);
          },
          { addSeries: name },
        );
        return new SeriesDouble(ctx, () => s);
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
    private readonly get: () => SeriesState,
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
