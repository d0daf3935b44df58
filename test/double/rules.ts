/** Rules on a range: its data validation and its conditional formats (custom formulas only). */
import { ClientObjectDouble, defineSetters } from "./client-object";
import type { ContextDouble } from "./context";
import { OfficeErrorDouble } from "./errors";
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

interface LoadedConditionalFormat {
  type: string;
  custom: { rule: { formula: string } };
  delete: () => void;
}

/** A range's conditional formats: those whose range is exactly this range (enough for the shell). */
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
