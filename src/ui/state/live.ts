// A tap on a lesion is answered in the tap's own frame: that lesion's card, its SINS and ESCC
// lines and its glance subscribe here to the answers being entered and render at once, while
// App, and everything else with it (TES, NOMS, prognosis, the evidence, saved cases), renders
// straight after that paint (issue 12: tap-to-result within a frame at 4x CPU).
import { createContext } from 'preact';
import { useContext, useEffect, useReducer, useRef } from 'preact/hooks';
import type { Assessment, Lesion } from '../../clinical';
import { deriveLesion, type LesionDerived } from '../../report';

type Listener = (a: Assessment) => boolean;

export class LiveAnswers {
  private readonly listeners = new Set<Listener>();
  constructor(public current: Assessment) {}
  /** Hands the answers to every subscriber; true when one of them renders anew. */
  publish(a: Assessment): boolean {
    this.current = a;
    let took = false;
    for (const l of this.listeners) took = l(a) || took;
    return took;
  }
  subscribe(l: Listener): () => void {
    this.listeners.add(l);
    return () => void this.listeners.delete(l);
  }
}

export const Live = createContext<LiveAnswers | null>(null);

const find = (a: Assessment, id: string) => a.lesions.find((l) => l.id === id);

/** This lesion as last entered: newer than the props while App's render waits for the paint. */
export function useLiveLesion(fromProps: Lesion): Lesion {
  const live = useContext(Live);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const lesion = (live && find(live.current, fromProps.id)) ?? fromProps;
  const shown = useRef(lesion);
  shown.current = lesion;
  useEffect(
    () =>
      live?.subscribe((a) => {
        const next = find(a, fromProps.id);
        if (!next || next === shown.current) return false;
        rerender(0);
        return true;
      }),
    [live, fromProps.id],
  );
  return lesion;
}

/** A lesion's derivation from the answers this moment (deriveLesion keeps one per lesion state). */
export function useLiveDerived(fromApp: LesionDerived): LesionDerived {
  const lesion = useLiveLesion(fromApp.lesion);
  return lesion === fromApp.lesion ? fromApp : deriveLesion(lesion, fromApp.n - 1);
}

/**
 * Runs `fn` once after the next paint, as Preact runs effects. A hidden tab paints no frame: it
 * runs in the next task there. (No fallback timer beside the frame, as Preact keeps: setting one
 * costs the tap ~0.4 ms at 4x CPU. A visible page gets frames; a page hidden while this waits
 * runs it at its first frame when shown, before anything is seen; save, copy and print read the
 * newest answers meanwhile.)
 */
export function afterPaint(fn: () => void): void {
  if (document.visibilityState === 'hidden') setTimeout(fn);
  else requestAnimationFrame(() => setTimeout(fn));
}
