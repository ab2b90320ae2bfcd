// SINS alignment and vertebral body collapse drawn (the wording and points are sins.ts's, Fisher
// 2010): three vertebral bodies in a sagittal view, front to the left, in the ESCC pictures'
// style, the answer given marked. Illustrations beside the questions, whose radios stay the one
// control: no second tab stop. Loaded with the SINS section, into slots the first load sizes.
import type { ComponentChildren } from 'preact';

// One body 30 wide and 16 high; discs 4 high; the posterior wall (dashed) shows the alignment.
const Body = ({ y, h = 16, x = 10, tumour }: { y: number; h?: number; x?: number; tumour?: number }) => (
  <>
    <rect class="bone" x={x} y={y} width={30} height={h} rx={3} />
    {tumour ? <rect class="tumour" x={x + 2} y={y + 2} width={26 * tumour} height={h - 4} rx={2} /> : null}
  </>
);
const Disc = ({ y, x = 11 }: { y: number; x?: number }) => <rect class="disc" x={x} y={y} width={28} height={4} rx={1.5} />;

function Frame({ children }: { children: ComponentChildren }) {
  return (
    <svg viewBox="0 0 50 66" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

/** Normal: a straight posterior wall; de novo deformity: a wedged body, the column bent forward; subluxation: a step. */
const ALIGNMENT = {
  normal: () => (
    <Frame>
      <Body y={4} /><Disc y={20} /><Body y={24} /><Disc y={40} /><Body y={44} />
      <path class="wall" d="M40 4V60" />
    </Frame>
  ),
  'de-novo-deformity': () => (
    <Frame>
      <g transform="rotate(-16 10 40)"><Body y={4} /><Disc y={20} /></g>
      <path class="bone" d="M13 27H37Q40 27 40 30V37Q40 40 37 40H13Q10 40 10 37Z" />
      <Disc y={40} /><Body y={44} />
      <path class="wall" d="M40 60V40L36 27L32 5" />
    </Frame>
  ),
  subluxation: () => (
    <Frame>
      <Body y={4} x={3} /><Disc y={20} x={4} /><Body y={24} x={3} /><Disc y={40} /><Body y={44} />
      <path class="wall" d="M33 4V42H40V60" />
    </Frame>
  ),
} as const;

/** The middle body: half its height or less, a third lower, full height but mostly tumour, or neither. */
const COLLAPSE = {
  'over-50': () => (
    <Frame>
      <Body y={12} /><Disc y={28} /><Body y={32} h={7} tumour={0.9} /><Disc y={39} /><Body y={43} />
    </Frame>
  ),
  'under-50': () => (
    <Frame>
      <Body y={8} /><Disc y={24} /><Body y={28} h={11} tumour={0.8} /><Disc y={39} /><Body y={43} />
    </Frame>
  ),
  'no-collapse-over-50-involved': () => (
    <Frame>
      <Body y={4} /><Disc y={20} /><Body y={24} tumour={0.75} /><Disc y={40} /><Body y={44} />
    </Frame>
  ),
  none: () => (
    <Frame>
      <Body y={4} /><Disc y={20} /><Body y={24} tumour={0.3} /><Disc y={40} /><Body y={44} />
    </Frame>
  ),
} as const;

function Drawings<K extends string>({ pictures, labels, current, describe, kind }: { pictures: Record<K, () => ComponentChildren>; labels: Record<K, string>; current: string | undefined; describe: string; kind: string }) {
  const keys = Object.keys(pictures) as K[];
  const marked = keys.find((k) => k === current);
  return (
    <div class={`escc-pics sag-pics sag-${kind}`} role="img" aria-label={`${describe}${marked ? `. Your answer, ${labels[marked].toLowerCase()}, is marked` : ''}.`}>
      {keys.map((k) => (
        <div key={k} class={k === current ? 'escc-pic checked' : 'escc-pic'}>
          {pictures[k]()}
          <span class="escc-pic-cap">
            <b>
              {k === current && '✓ '}
              {labels[k]}
            </b>
          </span>
        </div>
      ))}
    </div>
  );
}

export const AlignmentPictures = ({ current }: { current: string | undefined }) => (
  <Drawings
    kind="alignment"
    pictures={ALIGNMENT}
    labels={{ normal: 'Normal', 'de-novo-deformity': 'Deformity', subluxation: 'Subluxation' }}
    current={current}
    describe="Sagittal drawings, front to the left: normal alignment; de novo deformity, a wedged body and the column bent forward (kyphosis); subluxation or translation, the upper bodies stepped forward"
  />
);

export const CollapsePictures = ({ current }: { current: string | undefined }) => (
  <Drawings
    kind="collapse"
    pictures={COLLAPSE}
    labels={{ 'over-50': '> 50%', 'under-50': '< 50%', 'no-collapse-over-50-involved': 'Involved', none: 'None' }}
    current={current}
    describe="Sagittal drawings, front to the left, the middle body holding tumour: more than 50% collapse; less than 50% collapse; no collapse with more than half the body involved; none of these"
  />
);
