/**
 * The request context: operations queue up and run at sync(), in order; loaded values reach the
 * proxies only when the whole batch succeeded (a failing batch delivers nothing, but the
 * operations before the failing one stay applied, as in Excel, which does not roll back).
 */
import { HeadlessExcelError, type HeadlessErrorCode, fail } from "./errors";
import { jsonSize } from "./payload";
import type { RangeTarget } from "./cells";
import type { SheetModel, WorkbookModel } from "./model";
import type { Range } from "./range";
import type { Worksheet } from "./worksheet";

/**
 * Excel on the web: 5 MB per request and per response; 5,000,000 cells per read. The docs do not
 * say whether a MB is 10^6 or 2^20 bytes: the smaller reading is used, so code that passes here
 * passes in Excel too.
 */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;
export const READ_CELL_LIMIT = 5_000_000;
/** JSON overhead of one queued action (ids, type, names) besides its arguments. */
const ACTION_OVERHEAD_BYTES = 40;
/**
 * Every proxy object (a sheet got by name, a range, a format) travels in the request as an object
 * path: its id, type, parent and arguments, about 100 bytes of JSON in Office.js's request
 * format. Charged once per proxy created, whether or not a request uses it (the stricter choice).
 */
export const OBJECT_PATH_BYTES = 100;

export interface HeadlessStats {
  syncs: number;
  requestBytes: number[];
  responseBytes: number[];
  maxRequestBytes: number;
  maxResponseBytes: number;
  reset(): void;
}

export function createStats(): HeadlessStats {
  const stats: HeadlessStats = {
    syncs: 0,
    requestBytes: [],
    responseBytes: [],
    maxRequestBytes: 0,
    maxResponseBytes: 0,
    reset() {
      stats.syncs = 0;
      stats.requestBytes = [];
      stats.responseBytes = [];
      stats.maxRequestBytes = 0;
      stats.maxResponseBytes = 0;
    },
  };
  return stats;
}

export interface SyncFailure {
  /** 1-based number of the sync (counted from when the failure was set) that fails. */
  atSync: number;
  /** How many of that sync's operations run before it fails (default 0: none). */
  afterOperations?: number;
  code?: HeadlessErrorCode;
}

/** Shared by all contexts of one workbook: the model, options, counters, failure injection. */
export interface EngineState {
  model: WorkbookModel;
  payloadLimits: boolean;
  /** HeadlessExcelOptions.measurePayloads: false leaves every size at its fixed overhead. */
  measurePayloads: boolean;
  stats: HeadlessStats;
  failure?: SyncFailure & { syncsSeen: number };
  /** A person is editing a cell (Excel's cell-edit mode): syncs fail, or wait when their run asked to. */
  cellEdit: { on: boolean; waiting: (() => void)[] };
  /** HeadlessExcelOptions.pause: awaited before, between and after a sync's operations. */
  pause?: () => Promise<void> | undefined;
  /**
   * The sync whose operations are being carried out, while it gives the host turns between them: another sync waits
   * for it, as Excel's service carries out one batch at a time (a turn lets the page's code run, not another batch).
   */
  carryingOut?: Promise<void>;
}

interface Operation {
  location: string;
  requestBytes: number;
  run(response: ResponseBuilder): void;
}

/** Collects loaded values during a sync; they reach the proxies only if the batch succeeds. */
export class ResponseBuilder {
  bytes = 0;
  readonly deliveries: (() => void)[] = [];

  constructor(private readonly measured: boolean) {}

  deliver(size: number, apply: () => void): void {
    this.bytes += size;
    this.deliveries.push(apply);
  }

  /** Delivers a value that counts as its JSON's size plus `overhead` (the overhead alone when payloads are not measured). */
  deliverValue(value: unknown, overhead: number, apply: () => void): void {
    this.deliver(this.measured ? jsonSize(value) + overhead : overhead, apply);
  }
}

export type LoadTree = Map<string, LoadTree | true>;
export const ALL_SCALARS = "*";

function addPath(tree: LoadTree, path: string): void {
  const parts = path
    .split("/")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  let node = tree;
  parts.forEach((part, index) => {
    if (index === parts.length - 1) {
      if (!node.has(part)) node.set(part, true);
      return;
    }
    let child = node.get(part);
    if (child === undefined || child === true) {
      child = new Map();
      node.set(part, child);
    }
    node = child;
  });
}

function addObject(tree: LoadTree, option: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(option)) {
    if (value === true) addPath(tree, key);
    else if (value && typeof value === "object") {
      const child: LoadTree = new Map();
      addObject(child, value as Record<string, unknown>);
      tree.set(key, child);
    }
  }
}

/** All forms Office.js accepts: "a, b/c", ["a", "b/c"], { select, expand }, { a: true, b: { c: true } }, or nothing (all scalars). */
export function parseLoadOption(option: unknown): LoadTree {
  const tree: LoadTree = new Map();
  if (option === undefined || option === null) {
    tree.set(ALL_SCALARS, true);
  } else if (typeof option === "string") {
    option.split(",").forEach((path) => addPath(tree, path));
  } else if (Array.isArray(option)) {
    option.forEach((path) => addPath(tree, String(path)));
  } else if (typeof option === "object") {
    const o = option as Record<string, unknown>;
    if ("select" in o || "expand" in o) {
      if (typeof o.select === "string") o.select.split(",").forEach((p) => addPath(tree, p));
      if (typeof o.expand === "string") {
        o.expand.split(",").forEach((p) => {
          const name = p.trim();
          if (name) tree.set(name, new Map([[ALL_SCALARS, true]]));
        });
      }
      if (tree.size === 0) tree.set(ALL_SCALARS, true);
    } else addObject(tree, o);
  }
  if (tree.size === 0) tree.set(ALL_SCALARS, true);
  return tree;
}

function failInjected(failure: SyncFailure, location?: string): never {
  return fail(failure.code ?? "GeneralException", `Injected failure at sync ${failure.atSync}.`, location);
}

/**
 * Makes the proxies other proxies hand out (a range's worksheet, a table's or a conditional
 * format's range). index.ts sets it on every context, so range, worksheet, table and conditional
 * formats need not import one another at run time.
 */
export interface ProxyFactory {
  range(binding: Binding<RangeTarget>, nullable?: boolean): Range;
  worksheet(binding: Binding<SheetModel>): Worksheet;
}

export class HeadlessRequestContext {
  private queue: Operation[] = [];
  proxies!: ProxyFactory;
  /** Office.js API: objects kept valid across syncs; nothing to do in memory. */
  readonly trackedObjects = { add(): void {}, remove(): void {} };

  /** Set when its Excel.run has finished: objects of a finished batch cannot be used any more. */
  private closed = false;

  /**
   * Excel.run's RunOptions.delayForCellEdit (the Excel.RunOptions reference): "Excel will delay the batch request
   * until the user exits cell edit mode"; without it the request fails with
   * InvalidOperationInCellEditMode.
   */
  constructor(
    readonly state: EngineState,
    private readonly delayForCellEdit = false,
  ) {}

  close(): void {
    this.closed = true;
  }

  private checkOpen(): void {
    if (this.closed) {
      fail("InvalidRequestContext", "This object belongs to an Excel.run batch that has finished; get it again inside the current batch.");
    }
  }

  get model(): WorkbookModel {
    return this.state.model;
  }

  /** Object paths of the proxies created since the last sync, in bytes of the next request. */
  private pathBytes = 0;

  chargeObjectPath(): void {
    this.pathBytes += OBJECT_PATH_BYTES;
  }

  enqueue(location: string, args: unknown, run: (response: ResponseBuilder) => void): void {
    this.checkOpen();
    this.queue.push({ location, requestBytes: ACTION_OVERHEAD_BYTES + (args === undefined || !this.state.measurePayloads ? 0 : jsonSize(args)), run });
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    this.checkOpen();
    const operations = this.queue;
    this.queue = [];
    const { stats, payloadLimits } = this.state;
    stats.syncs++;
    let requestBytes = 2 + this.pathBytes;
    this.pathBytes = 0;
    for (const op of operations) requestBytes += op.requestBytes;
    stats.requestBytes.push(requestBytes);
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, requestBytes);
    const response = new ResponseBuilder(this.state.measurePayloads);
    const recordResponse = () => {
      stats.responseBytes.push(response.bytes);
      stats.maxResponseBytes = Math.max(stats.maxResponseBytes, response.bytes);
    };
    // Let the caller's code after sync() run as a separate turn, as with a real round trip (and,
    // with a pause, give the host's event loop a turn between the batch's code and the operations).
    const pause = this.state.pause;
    await (pause?.() ?? Promise.resolve());
    while (this.state.cellEdit.on) {
      if (!this.delayForCellEdit) {
        recordResponse();
        throw new HeadlessExcelError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.");
      }
      await new Promise<void>((resolve) => this.state.cellEdit.waiting.push(resolve));
    }
    if (payloadLimits && requestBytes > PAYLOAD_LIMIT_BYTES) {
      recordResponse();
      throw new HeadlessExcelError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${requestBytes} bytes) exceeds the limit of ${PAYLOAD_LIMIT_BYTES} bytes. Write the data in smaller chunks.`,
      );
    }
    while (this.state.carryingOut) await this.state.carryingOut;
    let carriedOut = (): void => undefined;
    this.state.carryingOut = new Promise((resolve) => (carriedOut = resolve));
    const injected = this.takeInjectedFailure();
    try {
      for (const [index, op] of operations.entries()) {
        if (injected && index === (injected.afterOperations ?? 0)) failInjected(injected, op.location);
        try {
          op.run(response);
        } catch (error) {
          if (error instanceof HeadlessExcelError && error.debugInfo.errorLocation === undefined) error.debugInfo.errorLocation = op.location;
          throw error;
        }
        const turn = index < operations.length - 1 ? pause?.() : undefined;
        if (turn) await turn;
      }
      if (injected && (injected.afterOperations ?? 0) >= operations.length) failInjected(injected);
    } finally {
      recordResponse();
      this.state.carryingOut = undefined;
      carriedOut();
    }
    if (payloadLimits && response.bytes > PAYLOAD_LIMIT_BYTES) {
      throw new HeadlessExcelError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size (${response.bytes} bytes) exceeds the limit of ${PAYLOAD_LIMIT_BYTES} bytes. Read the data in smaller chunks.`,
      );
    }
    for (const deliver of response.deliveries) deliver();
    await pause?.();
    return passThroughValue as T;
  }

  private takeInjectedFailure(): SyncFailure | undefined {
    const failure = this.state.failure;
    if (!failure) return undefined;
    failure.syncsSeen++;
    if (failure.syncsSeen !== failure.atSync) return undefined;
    this.state.failure = undefined;
    return failure;
  }
}

/** Base of every proxy: load(), PropertyNotLoaded, locally set values, toJSON. */
export abstract class ClientObject {
  private readonly propertyValues = new Map<string, unknown>();
  protected abstract readonly typeName: string;
  /** Scalar properties loaded by load() with no argument. */
  protected abstract readonly scalarNames: readonly string[];

  constructor(readonly context: HeadlessRequestContext) {
    context.chargeObjectPath();
  }

  /** Reads a scalar property from the model at execution time; undefined when `name` is not a scalar. */
  protected abstract readScalar(name: string): { value: unknown } | undefined;

  /** Child proxy for a navigation property ("format", "fill", "worksheet"). */
  protected navigation(name: string): ClientObject | undefined {
    void name;
    return undefined;
  }

  /** Null objects (from *OrNullObject) load as null and skip their writes. */
  protected isNullAtExecution(): boolean {
    return false;
  }

  load(option?: unknown): this {
    const tree = parseLoadOption(option);
    this.context.enqueue(`${this.typeName}.load`, undefined, (response) => this.snapshot(tree, response));
    return this;
  }

  /** Runs at sync: reads what the tree asks for and stages it for delivery. */
  snapshot(tree: LoadTree, response: ResponseBuilder): void {
    const isNull = this.isNullAtExecution();
    for (const [name, sub] of tree) {
      const names = name === ALL_SCALARS ? this.scalarNames : [name];
      for (const scalar of names) {
        // Names like "constructor" would reach Object.prototype through the lookup tables.
        if (Object.hasOwn(Object.prototype, scalar)) fail("InvalidArgument", `The property '${scalar}' does not exist on ${this.typeName}.`, `${this.typeName}.load`);
        const read = isNull ? { value: null } : this.readScalar(scalar);
        if (read !== undefined) {
          response.deliverValue(read.value, scalar.length + 4, () => this.propertyValues.set(scalar, read.value));
          continue;
        }
        const child = this.navigation(scalar);
        if (!child) fail("InvalidArgument", `The property '${scalar}' does not exist on ${this.typeName}.`, `${this.typeName}.load`);
        child.snapshot(sub === true ? new Map([[ALL_SCALARS, true]]) : sub, response);
      }
    }
  }

  /** The value of a loaded (or locally set) property; PropertyNotLoaded otherwise. */
  protected loaded<T>(name: string): T {
    if (!this.propertyValues.has(name)) {
      fail(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
        `${this.typeName}.${name}`,
      );
    }
    return this.propertyValues.get(name) as T;
  }

  protected remember(name: string, value: unknown): void {
    this.propertyValues.set(name, value);
  }

  protected forget(name: string): void {
    this.propertyValues.delete(name);
  }

  /** Sets a property: visible locally at once, applied to the workbook at sync. */
  protected setProperty(name: string, value: unknown, apply: () => void): void {
    this.propertyValues.set(name, value);
    this.context.enqueue(`${this.typeName}.${name}`, value, () => {
      if (!this.isNullAtExecution()) apply();
    });
  }

  /** Queues a method call. */
  protected call(method: string, args: unknown, run: (response: ResponseBuilder) => void): void {
    this.context.enqueue(`${this.typeName}.${method}`, args, (response) => {
      if (!this.isNullAtExecution()) run(response);
    });
  }

  /** Office.js `set({...})`: sets several properties, nested objects going to navigation properties. */
  set(properties: Record<string, unknown>): void {
    for (const [name, value] of Object.entries(properties)) {
      const child = this.navigation(name);
      if (child && value !== null && typeof value === "object" && !Array.isArray(value)) {
        child.set(value as Record<string, unknown>);
        continue;
      }
      if (!hasSetter(this, name)) fail("InvalidArgument", `The property '${name}' of ${this.typeName} cannot be set.`, `${this.typeName}.set`);
      (this as unknown as Record<string, unknown>)[name] = value;
    }
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.propertyValues);
  }
}

function hasSetter(object: object, name: string): boolean {
  for (let proto = Object.getPrototypeOf(object); proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor) return descriptor.set !== undefined;
  }
  return false;
}

/** ClientResult<T>: its value is readable after the sync that computes it. */
export class HeadlessClientResult<T> {
  private result: { value: T } | undefined;

  get value(): T {
    if (!this.result) fail("PropertyNotLoaded", "The value of the result object has not been loaded yet. Before reading the value property, call \"context.sync()\" on the associated request context.", "ClientResult.value");
    return this.result.value;
  }

  /** Called by the operation that computes it. */
  stage(response: ResponseBuilder, value: T): void {
    response.deliverValue(value, 10, () => {
      this.result = { value };
    });
  }
}

/** Lazily resolved binding of a proxy to its model object, fixed at first use during a sync (as Excel binds object paths). */
export class Binding<T> {
  private target: T | null | undefined;

  constructor(private readonly resolver: () => T | null) {}

  /** The object, null for a null object; errors (ItemNotFound...) propagate to the sync. */
  get(): T | null {
    if (this.target === undefined) this.target = this.resolver();
    return this.target;
  }

  /** Fixes the binding (e.g. from an add operation). */
  set(target: T | null): void {
    this.target = target;
  }
}

/** A proxy bound to one model object (a sheet, a table, a range...), possibly a null object. */
export abstract class ModelProxy<Model> extends ClientObject {
  constructor(
    context: HeadlessRequestContext,
    readonly binding: Binding<Model>,
    private readonly nullable = false,
  ) {
    super(context);
  }

  /** Fails when the bound object has been deleted since it was bound. */
  protected abstract checkAlive(model: Model): void;

  private resolve(): Model | null {
    const model = this.binding.get();
    if (model !== null) this.checkAlive(model);
    return model;
  }

  /** The model at execution time (inside a queued operation). */
  target(): Model {
    const model = this.resolve();
    if (model === null) fail("InvalidArgument", `The ${this.typeName} is a null object.`, this.typeName);
    return model;
  }

  protected override isNullAtExecution(): boolean {
    return this.nullable && this.resolve() === null;
  }

  get isNullObject(): boolean {
    return this.nullable ? this.loaded<boolean>("isNullObject") : false;
  }

  /** Makes isNullObject readable after the next sync (for the *OrNullObject getters). */
  trackNull(): this {
    this.context.enqueue(`${this.typeName}.getOrNullObject`, undefined, (response) => {
      const isNull = this.resolve() === null;
      response.deliver(20, () => this.remember("isNullObject", isNull));
    });
    return this;
  }
}
