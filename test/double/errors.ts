/** Office.js's errors as the double raises them: a code (ItemNotFound, InvalidArgument, …) and a message. */
export class OfficeErrorDouble extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

/** Reading a property that was not loaded and synced, as Office.js refuses it. */
export function notLoaded(prop: string): never {
  throw new OfficeErrorDouble(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. ` +
      `Before reading the property's value, call the load method on the containing object ` +
      `and call "context.sync()" on the associated request context.`,
  );
}

/** What resolving a proxy to something that is not there does at sync. */
export function itemNotFound(message: string): never {
  throw new OfficeErrorDouble("ItemNotFound", message);
}

export function missingSheet(name: string): never {
  return itemNotFound(`The requested resource doesn't exist (worksheet ${name}).`);
}
