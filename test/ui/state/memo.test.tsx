// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { h } from 'preact';
import { render } from '@testing-library/preact';
import { memoLatest, sameValue } from '../../../src/ui/state/memo';

describe('sameValue (what memo() compares props with)', () => {
  it('takes fresh but equal data as the same, and any difference as a change', () => {
    expect(sameValue({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(sameValue({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameValue({ a: 1, b: undefined }, { a: 1, c: undefined })).toBe(false);
    expect(sameValue([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameValue(null, {})).toBe(false);
    expect(sameValue(Number.NaN, Number.NaN)).toBe(true);
  });
  it('never takes a rendered element, a date or a class instance as equal to another one', () => {
    expect(sameValue(h('p', null, 'x'), h('p', null, 'x'))).toBe(false);
    expect(sameValue(new Date(0), new Date(1))).toBe(false);
    const m = new Map([[1, 1]]);
    expect(sameValue(m, new Map())).toBe(false);
    expect(sameValue(m, m)).toBe(true);
  });
  it('treats data nested deeper than props go as changed instead of walking it', () => {
    const deep = (n: number): unknown => (n === 0 ? 1 : { x: deep(n - 1) });
    expect(sameValue(deep(5), deep(5))).toBe(true);
    expect(sameValue(deep(20), deep(20))).toBe(false);
  });
});

describe('memoLatest', () => {
  it('renders again when a prop changes in value, not when it is rebuilt equal, and always calls the latest handler', () => {
    let renders = 0;
    const Shown = memoLatest(({ v, on }: { v: { n: number }; on: () => unknown }) => {
      renders++;
      return <button type="button" onClick={on}>{v.n}</button>;
    });
    const calls: string[] = [];
    const { rerender, getByRole } = render(<Shown v={{ n: 1 }} on={() => calls.push('first') && 'first'} />);
    rerender(<Shown v={{ n: 1 }} on={() => calls.push('second') && 'second'} />);
    expect(renders).toBe(1);
    getByRole('button').click();
    expect(calls).toEqual(['second']);
    rerender(<Shown v={{ n: 2 }} on={() => 'third'} />);
    expect(renders).toBe(2);
    expect(getByRole('button').textContent).toBe('2');
  });
});
