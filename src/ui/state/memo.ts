// memo() without preact/compat (whose option hooks would change how events are handled).
import { Component, h, type FunctionComponent } from 'preact';

const isPlain = (x: object) => {
  const proto = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === Array.prototype || proto === null;
};

/**
 * Equal as data: plain objects and arrays compared member by member, stopping at the first
 * difference (a changed lesion differs in its first few fields: no need to walk the rest).
 * A rendered element (Preact's vnodes have `constructor: undefined`), a class instance or data
 * nested deeper than props go is equal only to itself.
 */
export function sameValue(a: unknown, b: unknown, depth = 0): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return false;
  if (depth > 8 || !isPlain(a) || !isPlain(b) || a.constructor === undefined || b.constructor === undefined) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const k of ka) if (!Object.hasOwn(y, k) || !sameValue(x[k], y[k], depth + 1)) return false;
  return true;
}

/**
 * memo() for a component given fresh callbacks and freshly computed small objects on every
 * render: it renders again only when a non-function prop changed in value (compared as data: sameValue).
 * The component receives stable callbacks that always call the parent's latest ones, so a
 * skipped render never leaves it holding an old handler.
 */
export function memoLatest<P extends object>(render: FunctionComponent<P>): FunctionComponent<P> {
  class MemoLatest extends Component<P> {
    latest = this.props;
    calls = new Map<string, (...args: unknown[]) => unknown>();
    override shouldComponentUpdate(next: P) {
      const prev = this.latest as Record<string, unknown>;
      const now = next as Record<string, unknown>;
      this.latest = next;
      const keys = new Set([...Object.keys(prev), ...Object.keys(now)]);
      for (const k of keys) {
        const [a, b] = [prev[k], now[k]];
        if (typeof a === 'function' && typeof b === 'function') continue;
        if (k === 'children' ? !Object.is(a, b) : !sameValue(a, b)) return true;
      }
      return false;
    }
    override render(props: P) {
      this.latest = props;
      const stable: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(props)) {
        if (typeof v !== 'function') stable[k] = v;
        else {
          if (!this.calls.has(k)) this.calls.set(k, (...args) => (this.latest as Record<string, (...a: unknown[]) => unknown>)[k]?.(...args));
          stable[k] = this.calls.get(k);
        }
      }
      return h(render, stable as P);
    }
  }
  return MemoLatest as unknown as FunctionComponent<P>;
}

/** The same, for components given stable props: one implementation keeps the first load small. */
export const memo = memoLatest;
