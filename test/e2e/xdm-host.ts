/**
 * The frame side of Excel on the web, as Microsoft's office.js talks to it: cross-document messages (XDM,
 * `postMessage` of JSON) from the pane's iframe. Office.js asks for its app context, notifies the host, runs
 * Rich API requests (`executeMethod`, dispatch id 93: `{Actions, ObjectPaths}` in the request's safe array)
 * and registers for Rich API messages (the change events). The answers come from the fake Excel host
 * (test/host/excel-host.ts), the same one every Node test of src/excel uses.
 *
 * The message shapes are office.js's own (Microsoft.Office.Common.Request/Response in excel-web-16.00.js):
 * a request `{_messageType: 0, _actionName, _actionType, _conversationId, _correlationId, _data}`, a response
 * `{_messageType: 1, …, _errorCode, _responseType}` (0 for a call's answer, 1 for an event).
 */
import type { ExcelHost, HostEvent } from "../host/excel-host";
import type { RequestBody } from "../host/protocol";

/** What the host frame tells the pane at start (ContextActivationManager_getAppContextAsync). */
export interface HostSettings {
  displayLanguage: string;
  /** The ExcelApi requirement set the host supports: office.js answers `isSetSupported` from it. */
  excelApi: string;
}

interface XdmMessage {
  _messageType: number;
  _actionName: string;
  _actionType?: number;
  _conversationId: string;
  _correlationId: number;
  _data: unknown;
}

const REQUEST = 0;
const RESPONSE = 1;
const FOR_CALLING = 0;
const FOR_EVENTING = 1;
const REGISTER_EVENT = 1;
const UNREGISTER_EVENT = 2;
const EXECUTE_RICH_API_REQUEST = 93;
/**
 * The events office.js registers for in a task pane: Rich API messages (change events) and add-in commands
 * (the ribbon's buttons; office.js registers for them at start, whether or not the manifest has any).
 */
const EVENTS = new Set(["richApiMessage", "appCommandInvoked"]);
/** Excel's Rich API message for a workbook's events: category and target as Excel sends them. */
const RICH_API_EVENT = { category: 65536, target: "Workbook" };

/** A call office.js made that this host does not know: the test fails on any. */
export interface UnknownCall {
  action: string;
  data: unknown;
}

export class XdmHost {
  /** Calls this host could not answer (the test asserts there are none). */
  readonly unknown: UnknownCall[] = [];
  private pane?: { window: MessageEventSource; origin: string; conversation: string };

  constructor(
    private readonly host: ExcelHost,
    private readonly settings: HostSettings,
  ) {
    host.deliver = (e) => this.event(e);
  }

  /** Handles one message posted to the host frame; anything not from office.js is ignored. */
  receive(e: MessageEvent): void {
    let m: XdmMessage;
    try {
      m = JSON.parse(String(e.data)) as XdmMessage;
    } catch {
      return;
    }
    if (m._messageType !== REQUEST || !e.source) return;
    this.pane = { window: e.source, origin: e.origin, conversation: m._conversationId };
    void Promise.resolve(this.answer(m)).then((answer) => this.respond(m, FOR_CALLING, answer));
  }

  private answer(m: XdmMessage): unknown {
    if (m._actionType === REGISTER_EVENT || m._actionType === UNREGISTER_EVENT) {
      if (!EVENTS.has(m._actionName)) this.unknown.push({ action: m._actionName, data: m._data });
      return { Error: 0 };
    }
    switch (m._actionName) {
      case "ContextActivationManager_getAppContextAsync":
        return this.appContext();
      case "ContextActivationManager_notifyHost":
        return null;
      case "executeMethod":
        return this.execute(m._data as ExecuteData);
      default:
        this.unknown.push({ action: m._actionName, data: m._data });
        return null;
    }
  }

  /** Excel on the web's app context, the fields office.js checks before it calls Office.onReady. */
  private appContext(): Record<string, unknown> {
    const lang = this.settings.displayLanguage;
    return {
      _id: "sif-pane",
      _appName: 16, // OSF.AppName.ExcelWebApp
      _appVersion: "16.00",
      _appMinorVersion: 0,
      _appUILocale: lang,
      _dataLocale: lang,
      _docUrl: "https://excel.officeapps.live.com/ansokan.xlsx",
      _clientMode: 1, // read-write
      _settings: [],
      _reason: "inserted",
      _osfControlType: 1, // task pane
      _eToken: "",
      _correlationId: "00000000-0000-0000-0000-000000000000",
      _appInstanceId: "sif-pane",
      _hostFullVersion: "16.0.0.0",
      _requirementMatrix: JSON.stringify({
        ExcelApi: Number(this.settings.excelApi),
        DelayForCellEdit: 1.1,
        DialogApi: 1.1,
      }),
      _appDomains: [],
    };
  }

  private execute(data: ExecuteData): unknown {
    const dispatch = data.DdaMethod?.DispatchId;
    if (dispatch !== EXECUTE_RICH_API_REQUEST) {
      this.unknown.push({ action: `executeMethod ${String(dispatch)}`, data });
      return { Version: 1, Error: 5001 }; // ooeInternalError
    }
    // The safe array: [customData, method, path, headers, body, appPermission, requestFlags, …]
    // (RichApiMessageUtility.buildRequestMessageSafeArray).
    const body = JSON.parse(String(data.ArrayData[4])) as RequestBody;
    return this.host
      .answer(body, Number(data.ArrayData[6] ?? 0))
      .then((answer) => ({ Version: 1, Error: 0, Data: [200, [], JSON.stringify(answer)] }));
  }

  /** Excel's event message to the pane, as a Rich API event. */
  private event(e: HostEvent): void {
    if (!this.pane) return;
    const entry = [RICH_API_EVENT.category, e.eventType, RICH_API_EVENT.target, JSON.stringify(e.message)];
    const m = { _actionName: "richApiMessage", _conversationId: this.pane.conversation, _correlationId: 0 };
    this.respond(m, FOR_EVENTING, { ArrayData: [entry] });
  }

  private respond(
    m: Pick<XdmMessage, "_actionName" | "_conversationId" | "_correlationId">,
    type: number,
    data: unknown,
  ) {
    const pane = this.pane;
    if (!pane) return;
    const response = {
      _messageType: RESPONSE,
      _actionName: m._actionName,
      _conversationId: m._conversationId,
      _correlationId: m._correlationId,
      _origin: location.origin,
      _data: data,
      _errorCode: 0,
      _responseType: type,
      _serializerVersion: 1,
    };
    (pane.window as Window).postMessage(JSON.stringify(response), pane.origin);
  }
}

interface ExecuteData {
  DdaMethod?: { DispatchId?: number };
  ArrayData: unknown[];
}
