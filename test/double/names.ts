/** Defined names: `workbook.names` (add a name for a range, list, look up) and a name's type, value and range. */
import { quoteIfNeeded } from "./addresses";
import { ClientObjectDouble } from "./client-object";
import type { ContextDouble } from "./context";
import { itemNotFound, OfficeErrorDouble } from "./errors";
import { checkName } from "./excel-rules";
import { RangeDouble } from "./range";
import { nameInUse, type NameState } from "./workbook-state";

export class NamedItemCollectionDouble extends ClientObjectDouble<{ items: { name: string; type: string }[] }> {
  protected read() {
    return { items: this.ctx.state.names.map((n) => ({ name: n.name, type: n.error ? "Error" : "Range" })) };
  }
  get items(): { name: string; type: string }[] {
    return this.get("items");
  }
  add(name: string, reference: RangeDouble | string): void {
    this.ctx.enqueue(
      () => {
        const st = this.ctx.state;
        checkName(name, "name");
        if (nameInUse(st, name)) throw new OfficeErrorDouble("ItemAlreadyExists", `The name ${name} already exists.`);
        if (!(reference instanceof RangeDouble))
          throw new OfficeErrorDouble("InvalidArgument", "The double only names ranges.");
        st.names.push({ name, sheet: reference.sheet(), range: reference.resolveAddress().replace(/\$/g, "") });
      },
      { addName: name },
    );
  }
  getItemOrNullObject(name: string): NamedItemDouble {
    return new NamedItemDouble(this.ctx, () => this.find(name));
  }
  getItem(name: string): NamedItemDouble {
    return new NamedItemDouble(this.ctx, () => this.find(name) ?? itemNotFound(`The name ${name} does not exist.`));
  }
  private find(name: string): NameState | undefined {
    return this.ctx.state.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
  }
}

export class NamedItemDouble extends ClientObjectDouble<{
  isNullObject: boolean;
  name: string;
  type: string;
  value: string;
}> {
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
  delete(): void {
    this.ctx.enqueue(
      () => {
        const n = this.find();
        if (!n) itemNotFound("The name does not exist.");
        const all = this.ctx.state.names;
        all.splice(all.indexOf(n), 1);
      },
      { deleteName: true },
    );
  }
  /** The cells the name refers to, or a null object when it refers to none (a missing name too). */
  getRangeOrNullObject(): RangeDouble {
    const named = (): NameState => {
      const n = this.find();
      if (!n || n.error) itemNotFound("The name refers to no range.");
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
