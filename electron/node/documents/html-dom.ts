// The few DOM members the HTML readers use, typed here because the Node build has no DOM
// library types; linkedom's nodes (and a browser's) have them all.
import { createRequire } from 'node:module';

type Linkedom = typeof import('linkedom');
let linkedomModule: Linkedom | undefined;

/** linkedom, loaded on the first page or Word file rather than by every command that starts. */
export function linkedom(): Linkedom {
  linkedomModule ??= createRequire(import.meta.url)('linkedom') as Linkedom;
  return linkedomModule;
}

export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly childNodes: ArrayLike<DomNode>;
  readonly parentNode: DomNode | null;
  readonly textContent: string | null;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly children: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  /** Whether `other` is this element or inside it. */
  contains(other: DomNode): boolean;
  remove(): void;
  readonly nextElementSibling: DomElement | null;
  readonly previousElementSibling: DomElement | null;
  append(...nodes: (DomNode | string)[]): void;
  prepend(...nodes: (DomNode | string)[]): void;
  replaceWith(...nodes: (DomNode | string)[]): void;
}

export interface DomDocument {
  readonly body: DomElement | null;
  readonly documentElement: DomElement | null;
  readonly title: string;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  createElement(tag: string): DomElement;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export const isElement = (node: DomNode): node is DomElement => node.nodeType === ELEMENT_NODE;
export const tagOf = (el: DomElement) => el.tagName.toLowerCase();
