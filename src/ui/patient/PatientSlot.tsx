// The patient's questions sit below the lesions, out of the first screen: their code loads at
// the first tap or key, or as the form nears the view, off the first load. Until then the
// prerendered form stays in the page, untouched (answers tapped into it are kept), and is then
// hydrated in place as its own root.
import { hydrate, render, type ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Patient } from '../../clinical';
import { earlyInputs, replayEarlyInput } from '../state/early-input';
import { useLazy, useWantedSoon } from '../state/useLazy';

type Props = { patient: Patient; onChange: (change: (p: Patient) => Patient) => void };

// The build-time prerender hands the form over (prerender.tsx), so the first screen has it.
let prerendered: ComponentType<Props> | null = null;
export const prerenderPatientWith = (form: ComponentType<Props>) => void (prerendered = form);

const NO_HTML = { __html: '' } as const;

export function PatientSlot(props: Props) {
  const slot = useRef<HTMLDivElement>(null);
  // Wanted at once when answers wait in it (tapped before the scripts, or a draft's to show).
  const [waiting] = useState(() => {
    const served = typeof document === 'undefined' ? null : document.querySelector('.patient-slot');
    return served !== null && earlyInputs(served).length > 0;
  });
  // Or as soon as the form is used in any way: a focus, a change made with no pointer or key
  // (a screen reader, a test's select) is caught here and replayed once the code is there.
  const [used, setUsed] = useState(false);
  useEffect(() => {
    const el = slot.current;
    if (!el || used) return;
    const use = () => setUsed(true);
    const types = ['focusin', 'input', 'change'];
    for (const t of types) el.addEventListener(t, use, true);
    return () => types.forEach((t) => el.removeEventListener(t, use, true));
  }, [used]);
  const form = useLazy(() => import('./PatientForm'), useWantedSoon('patient-h') || waiting || used || Object.keys(props.patient).length > 0);
  const started = useRef(false);
  useEffect(() => {
    const el = slot.current;
    if (!form || !el) return;
    const vnode = <form.PatientForm {...props} />;
    if (started.current) return render(vnode, el);
    started.current = true;
    if (!el.firstElementChild) return render(vnode, el);
    hydrate(vnode, el);
    replayEarlyInput(el);
    // Hydration attaches handlers but sets no checked state or value: a draft restored before
    // the form loaded is drawn now, by a render of its own (the same vnode would be skipped).
    if (Object.keys(props.patient).length) render(<form.PatientForm {...props} />, el);
  }, [form, props.patient, props.onChange]);
  useEffect(() => () => slot.current && render(null, slot.current), []);
  if (prerendered) {
    const Form = prerendered;
    return <div class="patient-slot"><Form {...props} /></div>;
  }
  // Never written by this render (equal markup each time): the root inside owns the children.
  return <div class="patient-slot" ref={slot} dangerouslySetInnerHTML={NO_HTML} />;
}
