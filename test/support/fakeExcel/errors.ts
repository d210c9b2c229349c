export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { errorLocation?: string };
  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = errorLocation === undefined ? {} : { errorLocation };
  }
}

export function notLoaded(entity: string, property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${entity}.${property}`,
  );
}

export const invalidArgument = (message: string, where: string): FakeOfficeError =>
  new FakeOfficeError("InvalidArgument", message, where);
