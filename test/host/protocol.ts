/** The shapes of the client library's REST protocol (what `context.sync()` sends and what it expects back). */

/** How an object is reached: 1 the workbook, 3 a method's result, 4 a property, 5 an indexer, 6 a kept reference. */
export interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}
export interface ArgumentInfo {
  Arguments?: unknown[];
  /** Per argument: 0, or the id of the object path passed in its place (nested for arrays). */
  ReferencedObjectPathIds?: unknown[];
}
/** 1 instantiate, 2 query (load), 3 method, 4 set property, 5 trace. */
export interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}
export interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}
export interface ActionResult {
  ActionId: number;
  Value: unknown;
}
export interface ResponseBody {
  Results: ActionResult[];
  TraceIds?: number[];
  Error?: { Code: string; Message: string; Location?: string; ActionIndex: number };
}

export const ACTION = { instantiate: 1, query: 2, method: 3, setProperty: 4, trace: 5 } as const;
export const PATH = { global: 1, newObject: 2, method: 3, property: 4, indexer: 5, reference: 6 } as const;

/** `Values` → `values`: the protocol names members in PascalCase, the JavaScript API in camelCase. */
export const camel = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);
export const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);
