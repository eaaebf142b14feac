/** Keyboard-reachability checks for component tests. */
import { act, fireEvent, getRoles, queryAllByRole } from '@testing-library/preact';

const interactiveEvents = new Set([
  'click',
  'input',
  'change',
  'keydown',
  'keyup',
  'keypress',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'dblclick',
]);

type AddListenerRest = [EventListenerOrEventListenerObject | null, (boolean | AddEventListenerOptions)?];

/**
 * Records every element that gets a pointer, key or input listener from now until `stop()`: everything
 * a mouse user can operate. Preact adds one listener per element and event.
 */
export function trackHandlers(): { readonly elements: Set<Element>; stop: () => void } {
  const elements = new Set<Element>();
  // The DOM implementation's own EventTarget, which need not be the global one.
  let proto: object | null = document.createElement('div');
  while (proto && !Object.hasOwn(proto, 'addEventListener')) proto = Object.getPrototypeOf(proto) as object | null;
  if (!proto) throw new Error('no addEventListener on the DOM prototype chain');
  const target = proto as EventTarget;
  const original = target.addEventListener;
  target.addEventListener = function (this: EventTarget, type: string, ...rest: AddListenerRest) {
    if (this instanceof Element && interactiveEvents.has(type)) elements.add(this);
    return original.call(this, type, ...rest);
  };
  return {
    elements,
    stop: () => {
      target.addEventListener = original;
    },
  };
}

/** A native control, a link with an href, a summary, or anything with tabindex ≥ 0. */
export function isKeyboardReachable(el: Element): boolean {
  if (el instanceof HTMLButtonElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement)
    return true;
  if (el instanceof HTMLInputElement) return el.type !== 'hidden';
  if (el instanceof HTMLAnchorElement) return el.hasAttribute('href');
  if (el.tagName === 'SUMMARY') return true;
  const tabindex = el.getAttribute('tabindex');
  return tabindex !== null && Number(tabindex) >= 0;
}

/** The element's accessible name as testing-library computes it for *ByRole queries ('' with no role). */
export function accessibleName(el: HTMLElement): string {
  const roles = getRoles(el.ownerDocument.body);
  const role = Object.keys(roles).find((r) => roles[r]!.includes(el));
  if (!role) return '';
  let found = '';
  queryAllByRole(el.ownerDocument.body, role, {
    name: (name, node) => {
      if (node === el) found = name.trim();
      return false;
    },
  });
  return found;
}

/**
 * Enter on a focused element, as a browser handles it: keydown, then (for a native button or a link,
 * unless a handler cancelled the key) the click the browser synthesises, then keyup.
 */
export function pressEnter(el: HTMLElement): void {
  el.focus();
  const go = fireEvent.keyDown(el, { key: 'Enter', code: 'Enter' });
  if (go && (el instanceof HTMLButtonElement || (el instanceof HTMLAnchorElement && el.hasAttribute('href'))))
    act(() => el.click());
  fireEvent.keyUp(el, { key: 'Enter', code: 'Enter' });
}

/** How an element is described in a failure message. */
export const describeElement = (el: Element): string => el.outerHTML.slice(0, 160);
