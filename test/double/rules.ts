/** Rules on a range: its data validation and its conditional formats (custom ones made; others seeded). */
import { ClientObjectDouble, defineSetters } from "./client-object";
import type { ContextDouble } from "./context";
import { OfficeErrorDouble } from "./errors";
import { parseRange } from "../../src/templates/a1";
import type { RuleDouble, SheetState } from "./sheet";

/** `range.dataValidation`: `clear()`, and a write-only `rule` that fails where the range already has one. */
export function dataValidationDouble(
  ctx: ContextDouble,
  sheet: () => SheetState,
  addr: () => string,
): { clear: () => void; rule: RuleDouble } {
  const dv = {
    clear: (): void =>
      ctx.enqueue(
        () => {
          const s = sheet();
          const a = addr();
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
          const a = addr();
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
  return dv;
}

let cfIds = 0;

interface LoadedConditionalFormat {
  id: string;
  type: string;
  custom: { rule: { formula: string } };
  getCustomOrNullObject: () => { isNullObject: boolean; rule: { formula: string }; load: () => void };
  delete: () => void;
}

const overlaps = (a: string, b: string): boolean => {
  const p = parseRange(a);
  const q = parseRange(b);
  return p.r1 <= q.r2 && q.r1 <= p.r2 && p.c1 <= q.c2 && q.c1 <= p.c2;
};

/**
 * A range's conditional formats as Excel gives them: every format whose range overlaps this range (not only
 * those on exactly this range). A format of another type (a user's data bar) has no `custom`: reading it fails,
 * as in Excel (office-js#2180); `getCustomOrNullObject()` gives a null object instead.
 */
export class ConditionalFormatCollectionDouble extends ClientObjectDouble<{ items: LoadedConditionalFormat[] }> {
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
        .filter((cf) => overlaps(cf.range, a))
        .map((cf) => {
          const custom = cf.type === undefined || cf.type === "Custom";
          cf.id ??= `cf-${++cfIds}`;
          return {
            id: cf.id,
            type: cf.type ?? "Custom",
            get custom() {
              if (!custom)
                throw new OfficeErrorDouble("InvalidOperation", `A ${cf.type} conditional format has no custom rule.`);
              return { rule: { formula: cf.formula } };
            },
            getCustomOrNullObject: () => ({ isNullObject: !custom, rule: { formula: cf.formula }, load: () => {} }),
            delete: (): void =>
              this.ctx.enqueue(
                () => {
                  const i = s.conditionalFormats.indexOf(cf);
                  if (i < 0) throw new OfficeErrorDouble("ItemNotFound", "The conditional format was deleted already.");
                  s.conditionalFormats.splice(i, 1);
                },
                { deleteCf: a },
              ),
          };
        }),
    };
  }
  /** A format by its id, wherever it is on the sheet (as Excel finds it). */
  getItem(id: string): LoadedConditionalFormat {
    this.load("items");
    const whole = new ConditionalFormatCollectionDouble(this.ctx, this.sheet, () => "A1:XFD1048576");
    whole.load("items");
    this.ctx.runQueued();
    const item = whole.items.find((i) => i.id === id);
    if (!item) throw new OfficeErrorDouble("ItemNotFound", `There is no conditional format ${id}.`);
    return item;
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

/** A conditional format being made: its rule and format land in the store object as they are set. */
class ConditionalFormatDouble {
  private live?: { range: string; formula: string; fill?: string; fontColor?: string };
  private pending: { formula: string; fill?: string; fontColor?: string } = { formula: "" };
  private put(patch: Partial<{ formula: string; fill: string; fontColor: string }>): void {
    Object.assign(this.live ?? this.pending, patch);
  }
  readonly custom = {
    rule: defineSetters<{ formula: string }>({
      formula: (v: string) => this.put({ formula: v }),
    }),
    format: {
      fill: defineSetters<{ color: string }>({
        color: (v: string) => this.put({ fill: v }),
      }),
      font: defineSetters<{ color: string }>({
        color: (v: string) => this.put({ fontColor: v }),
      }),
    },
  };
  /** The store's object: what was set before the batch ran, and what is set after (the host sets it later). */
  state(range: string) {
    this.live = { range, ...this.pending };
    return this.live;
  }
}
