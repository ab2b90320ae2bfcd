// The patient's questions sit below the lesions, out of the first screen: their code loads just
// after the first paint, off the first load. Until then the prerendered form stays in the page,
// untouched (answers tapped into it are kept), and is then hydrated in place as its own root.
import { hydrate, render, type ComponentType } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Patient } from '../../clinical';
import { replayEarlyInput } from '../early-input';
import { useLazy } from '../useLazy';

type Props = { patient: Patient; onChange: (change: (p: Patient) => Patient) => void };

// The build-time prerender hands the form over (prerender.tsx), so the first screen has it.
let prerendered: ComponentType<Props> | null = null;
export const prerenderPatientWith = (form: ComponentType<Props>) => void (prerendered = form);

const NO_HTML = { __html: '' } as const;

export function PatientSlot(props: Props) {
  const slot = useRef<HTMLDivElement>(null);
  const form = useLazy(() => import('./PatientForm'));
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
  }, [form, props.patient, props.onChange]);
  useEffect(() => () => slot.current && render(null, slot.current), []);
  if (prerendered) {
    const Form = prerendered;
    return <div class="patient-slot"><Form {...props} /></div>;
  }
  // Never written by this render (equal markup each time): the root inside owns the children.
  return <div class="patient-slot" ref={slot} dangerouslySetInnerHTML={NO_HTML} />;
}
