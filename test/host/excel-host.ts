/**
 * A fake Excel host behind Microsoft's real client library: it answers the library's requests
 * (`{Actions, ObjectPaths}`) from the workbook store in test/double (WorkbookState, SheetState: one store,
 * no second truth), carrying out each action in order with Excel's rules as the store and its
 * operations (test/double's proxies, now only the host's executor) implement them.
 *
 * As Excel does: the actions before a failing one stay done, the rest of the batch is dropped, and the error
 * names the failing action (ActionIndex); a method on a null object gives a null object; every write fires
 * `onChanged` (the add-in's own writes too). For tests: `failWhen` fails a chosen action (failure injection),
 * `requests` records each round trip and its size in bytes.
 */
import { ContextDouble } from "../double/context";
import { OfficeErrorDouble } from "../double/errors";
import type { WorkbookState } from "../double/workbook-state";
import type { SheetState } from "../double/sheet";
import { RangeDouble } from "../double/range";
import { WorksheetCollectionDouble, WorksheetDouble } from "../double/worksheets";
import {
  ACTION,
  PATH,
  camel,
  pascal,
  type ActionInfo,
  type ActionResult,
  type ArgumentInfo,
  type ObjectPathInfo,
  type RequestBody,
  type ResponseBody,
} from "./protocol";

/** One round trip as the host saw it. */
export interface RecordedRequest {
  readonly bytes: number;
  readonly actions: number;
  readonly failedAt?: number;
}

/** Which action to fail: the request's number (0-based, over the host's life), the action's index, the action. */
export type FailWhen = (request: number, actionIndex: number, action: ActionInfo) => boolean;

type Obj = Record<string, unknown>;

/** What Excel's `WorksheetChanged` message carries (before the library turns it into event args). */
export interface ChangedArgs {
  type: "WorksheetChanged";
  worksheetId: string;
  address: string;
  changeType: "RangeEdited";
  source: "Local";
}

/** Excel's event types (the library's `eventType`) for the events the host fires, and their registrations. */
export const EVENT = { changed: 10, added: 13, deleted: 15 } as const;
const REGISTRATIONS: Record<string, number> = {
  DataChangedEvent: EVENT.changed,
  AddedEvent: EVENT.added,
  DeletedEvent: EVENT.deleted,
};

/** One event as Excel sends it: its type and its message. */
export interface HostEvent {
  eventType: number;
  message: object;
}

const CELL_WRITES = new Set(["Values", "Formulas", "NumberFormat"]);
interface Resolved {
  obj: Obj | null;
}

/** An error the host answers with, as Excel's: a code and a message. */
class HostError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export class ExcelHost {
  readonly requests: RecordedRequest[] = [];
  failWhen?: FailWhen;
  private readonly references = new Map<string, Obj>();
  private nextReference = 1;

  /** Set by install: delivers an event to the library's handlers (as Excel's Rich API message). */
  deliver?: (event: HostEvent) => void;
  /** The event types the add-in registered for (`worksheets.onChanged`: `_RegisterDataChangedEvent`, …). */
  readonly registered = new Set<number>();
  get changedRegistered(): boolean {
    return this.registered.has(EVENT.changed);
  }
  /** One context of the store for the host's life: objects kept by reference outlive their request. */
  readonly context: ContextDouble;
  constructor(readonly state: WorkbookState) {
    this.context = new ContextDouble(state);
    // A user's edit (state.type) reaches the add-in as Excel's change message, once the add-in listens.
    state.changeHandlers.add((args) => {
      const message: ChangedArgs = { type: "WorksheetChanged", ...(args as Omit<ChangedArgs, "type">) };
      this.announce([{ eventType: EVENT.changed, message }]);
    });
  }

  /** While set, the user is typing in a cell (cell-edit mode): see `answer`. */
  private editing: { ended: Promise<void>; end: () => void } | undefined;
  /** While set, requests get no answer at all, as a hung Excel on the web (OfficeDev/office-js#4805). */
  hang = false;

  /** The user starts typing in a cell; `endCellEdit` is Enter (or Esc). */
  beginCellEdit(): void {
    if (this.editing) return;
    let end = (): void => {};
    const ended = new Promise<void>((resolve) => (end = resolve));
    this.editing = { ended, end };
  }
  endCellEdit(): void {
    const editing = this.editing;
    this.editing = undefined;
    editing?.end();
  }

  /**
   * Answers one request as Excel does around the user: none while hung; in cell-edit mode, a request with
   * the DelayForCellEdit flag (64, set by `Excel.run({ delayForCellEdit: true })` where the host has that
   * requirement set) waits until the user leaves the cell, any other fails with InvalidOperationInCellEditMode.
   */
  async answer(body: RequestBody, flags: number): Promise<ResponseBody> {
    if (this.hang && !isRelease(body)) return new Promise<ResponseBody>(() => {});
    if (this.editing && !isRelease(body)) {
      if ((flags & DELAY_FOR_CELL_EDIT) === 0) {
        const message =
          "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another " +
          "cell, and then try again.";
        return { Results: [], Error: { Code: "InvalidOperationInCellEditMode", Message: message, ActionIndex: 0 } };
      }
      await this.editing.ended;
    }
    return this.handle(body);
  }

  /** Answers one request of the library. */
  handle(body: RequestBody): ResponseBody {
    if (isRelease(body)) {
      // The library's own late request after Excel.run: forget the references it kept (not a round trip of ours).
      for (const a of body.Actions)
        if (a.Name === "_RemoveReference") this.references.delete(String(a.ArgumentInfo?.Arguments?.[0]));
      return { Results: [] };
    }
    const requestIndex = this.requests.length;
    const bytes = new TextEncoder().encode(JSON.stringify(body)).length;
    const batch = new Batch(this, body);
    const results: ActionResult[] = [];
    const traceIds: number[] = [];
    for (let i = 0; i < body.Actions.length; i++) {
      const action = body.Actions[i]!;
      try {
        if (this.failWhen?.(requestIndex, i, action))
          throw new HostError("GeneralException", `Injected failure at action ${i} of request ${requestIndex}.`);
        const value = batch.run(action);
        if (action.ActionType === ACTION.trace) traceIds.push(action.Id);
        if (value !== NO_RESULT) results.push({ ActionId: action.Id, Value: value });
      } catch (e) {
        this.requests.push({ bytes, actions: body.Actions.length, failedAt: i });
        this.announce(batch.events);
        const { code, message } = asHostError(e);
        return { Results: results, TraceIds: traceIds, Error: { Code: code, Message: message, ActionIndex: i } };
      }
    }
    this.requests.push({ bytes, actions: body.Actions.length });
    this.announce(batch.events);
    return { Results: results, TraceIds: traceIds };
  }

  /**
   * After the answer, as Excel does: a `WorksheetChanged` event per range written, `WorksheetAdded`/`Deleted` per
   * sheet, the add-in's own writes too; only the types the add-in registered for.
   */
  announce(events: readonly HostEvent[]): void {
    const deliver = this.deliver;
    const wanted = events.filter((e) => this.registered.has(e.eventType));
    if (!deliver || wanted.length === 0) return;
    setTimeout(() => {
      for (const e of wanted) deliver(e);
    }, 0);
  }

  /** A user deletes a sheet (its names become `#REF!`): Excel's `WorksheetDeleted` follows. */
  async deleteSheetAsUser(name: string): Promise<void> {
    const id = this.state.sheet(name)?.id;
    const context = new ContextDouble(this.state);
    context.workbook.worksheets.getItem(name).delete();
    await context.sync();
    this.announce([
      { eventType: EVENT.deleted, message: { type: "WorksheetDeleted", worksheetId: id, source: "Local" } },
    ]);
  }

  /** References kept by the library (`_KeepReference`) and not yet released: Excel tracks each of them. */
  get keptReferences(): number {
    return this.references.size;
  }
  keep(obj: Obj): string {
    const id = `ref-${this.nextReference++}`;
    this.references.set(id, obj);
    return id;
  }
  reference(id: string): Obj {
    const obj = this.references.get(id);
    if (!obj) throw new HostError("InvalidObjectPath", `The object path '${id}' is not valid any more.`);
    return obj;
  }
}

const NO_RESULT = Symbol("no result");
/** The library's request flag for `delayForCellEdit`. */
const DELAY_FOR_CELL_EDIT = 64;

/** The release of kept references the library sends by itself once an `Excel.run` is over. */
const isRelease = (body: RequestBody): boolean =>
  body.Actions.length > 0 &&
  body.Actions.every(
    (a) => a.Name === "_RemoveReference" || (a.ActionType === ACTION.instantiate && a.ObjectPathId === 1),
  );

function asHostError(e: unknown): { code: string; message: string } {
  if (e instanceof HostError || e instanceof OfficeErrorDouble) return { code: e.code, message: e.message };
  return { code: "GeneralException", message: e instanceof Error ? e.message : String(e) };
}

/** One request: its object paths resolved (once each) against a fresh request context of the store. */
class Batch {
  private readonly ctx: ContextDouble;
  private readonly root: Obj;
  private readonly resolved = new Map<number, Resolved>();
  private readonly kept = new Set<number>();
  /** The events this request causes (ranges written, sheets added or deleted), sent after its answer. */
  readonly events: HostEvent[] = [];

  constructor(
    private readonly host: ExcelHost,
    private readonly body: RequestBody,
  ) {
    this.ctx = host.context;
    this.root = Object.assign(Object.create(this.ctx.workbook) as Obj, { application: this.ctx.application });
  }

  run(action: ActionInfo): unknown {
    if (action.ActionType === ACTION.trace) return null; // a marker: its result runs the library's callback
    const target = this.resolve(action.ObjectPathId);
    switch (action.ActionType) {
      case ACTION.instantiate:
        if (target.obj === null) return null;
        return {
          ...idOf(target.obj),
          ...(this.kept.has(action.ObjectPathId) ? { _ReferenceId: this.host.keep(target.obj) } : {}),
        };
      case ACTION.query:
        return target.obj === null ? null : this.query(target.obj, action.QueryInfo?.Select);
      case ACTION.method:
        if (this.register(action.Name)) return null;
        if (action.Name === "_KeepReference") {
          this.kept.add(action.ObjectPathId);
          return NO_RESULT;
        }
        if (target.obj === null) return null;
        return this.call(target.obj, action.Name, this.args(action.ArgumentInfo));
      case ACTION.setProperty: {
        if (target.obj === null) return NO_RESULT;
        const [value] = this.args(action.ArgumentInfo);
        target.obj[camel(action.Name)] = value;
        this.flush();
        if (CELL_WRITES.has(action.Name) && target.obj instanceof RangeDouble) {
          const message: ChangedArgs = {
            type: "WorksheetChanged",
            worksheetId: target.obj.sheet().id,
            address: target.obj.addr(),
            changeType: "RangeEdited",
            source: "Local",
          };
          this.events.push({ eventType: EVENT.changed, message });
        }
        return NO_RESULT;
      }
      case ACTION.trace:
        return NO_RESULT;
      default:
        throw new HostError("NotImplemented", `Action type ${action.ActionType} is not supported by the host.`);
    }
  }

  /** `_RegisterDataChangedEvent` and its kin: the add-in listens (or stops) for that event type. */
  private register(name: string): boolean {
    const m = /^_(Register|Unregister)(\w+)$/.exec(name);
    const type = m ? REGISTRATIONS[m[2]!] : undefined;
    if (!m || type === undefined) return false;
    if (m[1] === "Register") this.host.registered.add(type);
    else this.host.registered.delete(type);
    return true;
  }

  private sheetEvent(eventType: number, type: string, ws: WorksheetDouble): void {
    this.events.push({ eventType, message: { type, worksheetId: idOf(ws as unknown as Obj).Id, source: "Local" } });
  }

  /** Carries out what the action queued on the store; an error of the store is the action's error. */
  private flush(): void {
    this.ctx.runQueued();
  }

  private resolve(id: number): Resolved {
    const done = this.resolved.get(id);
    if (done) return done;
    const path = this.body.ObjectPaths[String(id)];
    if (!path) throw new HostError("InvalidObjectPath", `Object path ${id} is not in the request.`);
    const r = this.resolvePath(path);
    this.resolved.set(id, r);
    return r;
  }

  private resolvePath(path: ObjectPathInfo): Resolved {
    if (path.ObjectPathType === PATH.global) return { obj: this.root };
    if (path.ObjectPathType === PATH.reference) return { obj: this.host.reference(path.Name) };
    if (path.ObjectPathType === PATH.newObject) return { obj: newObject(path.Name) };
    const parent = this.resolve(path.ParentObjectPathId ?? -1);
    if (parent.obj === null) return { obj: null };
    const p = parent.obj;
    switch (path.ObjectPathType) {
      case PATH.property: {
        const v = p[camel(path.Name)];
        if (v === undefined || v === null || typeof v !== "object") throw notSupported(path.Name);
        return { obj: v as Obj };
      }
      case PATH.indexer:
        return { obj: this.callForObject(p, "getItem", this.args(path.ArgumentInfo)) };
      case PATH.method:
        return { obj: this.callForObject(p, camel(path.Name), this.args(path.ArgumentInfo), path.Name) };
      default:
        throw new HostError("NotImplemented", `Object path type ${path.ObjectPathType} is not supported by the host.`);
    }
  }

  /** A method whose result is an object; `…OrNullObject` results are null when the store has no such thing. */
  private callForObject(p: Obj, method: string, args: unknown[], name = method): Obj | null {
    if (method === "getItemAt" && typeof p.getItemAt !== "function") return this.itemAt(p, Number(args[0]));
    const f = p[method];
    if (typeof f !== "function") throw notSupported(name);
    // The store's `names.add` makes the name but gives nothing back: an object the library may only instantiate.
    const obj = ((f as (...a: unknown[]) => unknown).apply(p, args) as Obj | undefined) ?? {};
    this.flush(); // a method that makes something (worksheets.add, rows.add) does it now
    if (method === "add" && p instanceof WorksheetCollectionDouble && obj instanceof WorksheetDouble)
      this.sheetEvent(EVENT.added, "WorksheetAdded", obj);
    if (/OrNullObject$/.test(name)) {
      (obj.load as (s: string) => void)("isNullObject");
      this.flush();
      if (obj.isNullObject) return null;
    }
    return obj;
  }

  /** An item of a loaded collection, as `items[i]` (the library asks `getItemAt(i)` for items without an id). */
  private itemAt(collection: Obj, index: number): Obj {
    (collection.load as (s: string) => void)("items");
    this.flush();
    const item = (collection.items as Obj[])[index];
    if (!item) throw new HostError("ItemNotFound", `There is no item at index ${index}.`);
    return item;
  }

  private call(obj: Obj, name: string, args: unknown[]): unknown {
    const f = obj[camel(name)];
    if (typeof f !== "function") throw notSupported(name);
    const deleted = name === "Delete" && obj instanceof WorksheetDouble ? idOf(obj).Id : undefined;
    const value = (f as (...a: unknown[]) => unknown).apply(obj, args);
    this.flush();
    if (deleted !== undefined)
      this.events.push({
        eventType: EVENT.deleted,
        message: { type: "WorksheetDeleted", worksheetId: deleted, source: "Local" },
      });
    return value === undefined || (typeof value === "object" && value !== null && !Array.isArray(value)) ? null : value;
  }

  /** Arguments with the objects passed by object path id put back in place. */
  private args(info: ArgumentInfo | undefined): unknown[] {
    const args = info?.Arguments ?? [];
    const refs = info?.ReferencedObjectPathIds;
    const put = (a: unknown[], r: unknown[] | undefined): unknown[] =>
      a.map((v, i) => {
        const ref = r?.[i];
        if (Array.isArray(ref) && Array.isArray(v)) return put(v, ref);
        if (typeof ref === "number" && ref !== 0) return this.resolve(ref).obj;
        return v;
      });
    return put(args, refs);
  }

  /** A load: the selected properties (paths like `custom/rule/formula`) in PascalCase, collections as `_Items`. */
  private query(obj: Obj, select: string[] | undefined): unknown {
    if (!select || select.length === 0)
      throw new HostError("NotImplemented", "load() without property names is not supported by the host.");
    if (isCollection(obj)) {
      const items = this.read(obj, "items") as Obj[];
      return { _Items: items.map((item) => ({ ...this.pick(item, select), ...idOf(item) })) };
    }
    return this.pick(obj, select);
  }

  private pick(obj: Obj, select: string[]): Obj {
    const out: Obj = {};
    for (const path of select) {
      const segments = path.split("/");
      let v: unknown = obj;
      let o = out;
      segments.forEach((seg, i) => {
        v = this.read(v as Obj, seg);
        const key = pascal(seg);
        if (i === segments.length - 1) o[key] = v;
        else o = (o[key] as Obj | undefined) ?? (o[key] = {});
      });
    }
    return out;
  }

  /** One property of a store object, loaded first where the store wants a load. */
  private read(obj: Obj, prop: string): unknown {
    if (typeof obj.load === "function") {
      (obj.load as (s: string) => void)(prop);
      this.flush();
    }
    return obj[prop];
  }
}

/**
 * Excel answers with an object's id (a worksheet, a conditional format), and the library then finds it again
 * by that id (`getItem(id)`), not by its index, which moves when an item before it is deleted.
 */
function idOf(obj: Obj): { Id?: string } {
  if (obj instanceof WorksheetDouble) {
    const sheet = obj.resolve() as SheetState | undefined;
    return sheet ? { Id: sheet.id } : {};
  }
  return typeof obj.id === "string" ? { Id: obj.id } : {};
}

/**
 * The service objects the library makes with `new` (ObjectPathType 2). Office.js on the web makes one at start,
 * to tell Excel its action handlers are ready; Excel has nothing to answer.
 */
function newObject(name: string): Obj {
  if (name === "Microsoft.InternalService.AddinInternalService") return { notifyActionHandlerReady: () => undefined };
  throw new HostError("ApiNotFound", `The fake Excel host cannot make a new '${name}'.`);
}

const isCollection = (obj: Obj): boolean =>
  typeof obj.load === "function" && Object.getOwnPropertyDescriptor(Object.getPrototypeOf(obj), "items") !== undefined;

const notSupported = (member: string): HostError =>
  new HostError("ApiNotFound", `The member '${member}' is not supported by the fake Excel host.`);
