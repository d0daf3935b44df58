/**
 * The base of the double's proxy objects: `load()` queues a snapshot of the named properties, taken at the
 * next sync; reading a property before that is PropertyNotLoaded, as in Office.js.
 */
import type { ContextDouble } from "./context";
import { notLoaded } from "./errors";

export abstract class ClientObjectDouble<TSnapshot extends object> {
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

/** An object whose listed properties are write-only setters (reading them is a test bug). */
export function defineSetters<T extends Record<string, unknown>>(setters: Record<keyof T, (v: never) => void>): T {
  const o = {} as T;
  for (const [k, set] of Object.entries(setters))
    Object.defineProperty(o, k, { set: set as (v: unknown) => void, get: () => notLoaded(k) });
  return o;
}
