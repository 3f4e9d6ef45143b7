/** Base of the collection proxies: items (after load), getCount, load of the items' properties. */
import { ALL_SCALARS, ClientObject, HeadlessClientResult, type LoadTree, type ResponseBuilder } from "./context";

export abstract class ProxyCollection<Model, Item extends ClientObject> extends ClientObject {
  protected readonly scalarNames = [] as const;

  /** The models in the collection at execution time. */
  protected abstract list(): Model[];
  /** A proxy bound to one model. */
  protected abstract proxyFor(model: Model): Item;

  protected readScalar(): undefined {
    return undefined;
  }

  get items(): Item[] {
    return this.loaded("items");
  }

  /** load("name"), load("items/name"), load({ select: "name" }) and load() all load the items. */
  override snapshot(tree: LoadTree, response: ResponseBuilder): void {
    const itemTree: LoadTree = new Map();
    for (const [name, sub] of tree) {
      if (name !== "items") itemTree.set(name, sub);
      else if (sub === true) itemTree.set(ALL_SCALARS, true);
      else for (const [childName, childSub] of sub) itemTree.set(childName, childSub);
    }
    if (itemTree.size === 0) itemTree.set(ALL_SCALARS, true);
    const proxies = this.list().map((model) => this.proxyFor(model));
    for (const proxy of proxies) proxy.snapshot(itemTree, response);
    response.deliver(2 + proxies.length, () => this.remember("items", proxies));
  }

  getCount(): HeadlessClientResult<number> {
    const result = new HeadlessClientResult<number>();
    this.call("getCount", undefined, (response) => result.stage(response, this.list().length));
    return result;
  }
}
