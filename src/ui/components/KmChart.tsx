// Kaplan-Meier chart drawn by the app: the seed 000 cohort and the patient's subgroup, each with
// its 95% band, censoring ticks and the numbers at risk.
import type { KaplanMeier } from '../../evidence';

const W = 560;
const H = 240;
const PAD = { left: 44, right: 12, top: 10, bottom: 34 };
const MAX_T = 108;
const x = (t: number) => PAD.left + (Math.min(t, MAX_T) / MAX_T) * (W - PAD.left - PAD.right);
const y = (s: number) => PAD.top + (1 - s) * (H - PAD.top - PAD.bottom);
const TICKS = [0, 12, 24, 36, 48, 60, 72, 84, 96, 108];

function stepPath(km: KaplanMeier): string {
  let d = `M${x(0)},${y(1)}`;
  let s = 1;
  for (const step of km.steps) {
    d += ` H${x(step.time)}`;
    if (step.survival !== s) d += ` V${y(step.survival)}`;
    s = step.survival;
  }
  const last = km.steps[km.steps.length - 1];
  return last ? d : d + ` H${x(MAX_T)}`;
}

function bandPath(km: KaplanMeier): string {
  const parts: string[] = [];
  km.steps.forEach((step, i) => {
    const next = km.steps[i + 1];
    if (step.lower === null || step.upper === null || !next) return;
    parts.push(`M${x(step.time)},${y(step.upper)} H${x(next.time)} V${y(step.lower)} H${x(step.time)} Z`);
  });
  return parts.join(' ');
}

function censorTicks(km: KaplanMeier) {
  return km.steps.filter((s) => s.censored > 0).map((s) => <line key={s.time} x1={x(s.time)} x2={x(s.time)} y1={y(s.survival) - 5} y2={y(s.survival) + 5} />);
}

export interface Curve {
  label: string;
  km: KaplanMeier;
  kind: 'cohort' | 'subgroup';
}

export function KmChart({ curves, title }: { curves: Curve[]; title: string }) {
  const pct = (v: number) => `${Math.round(v * 100)}%`;
  const describe = curves
    .map((c) => `${c.label}: ${[12, 36, 60].map((t) => `${t / 12} y ${pct(c.km.at(t).survival)}`).join(', ')}`)
    .join('; ');
  return (
    <figure class="km">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title}. ${describe}`}>
        <g class="axes">
          {[0, 0.25, 0.5, 0.75, 1].map((s) => (
            <g key={s}>
              <line x1={PAD.left} x2={W - PAD.right} y1={y(s)} y2={y(s)} class="grid" />
              <text x={PAD.left - 6} y={y(s) + 4} text-anchor="end">{pct(s)}</text>
            </g>
          ))}
          {TICKS.map((t) => (
            <text key={t} x={x(t)} y={H - PAD.bottom + 16} text-anchor="middle">{t}</text>
          ))}
          <text x={(W + PAD.left) / 2} y={H - 2} text-anchor="middle">Months after TES</text>
        </g>
        {curves.map((c) => (
          <g key={c.label} class={`curve curve-${c.kind}`}>
            <path d={bandPath(c.km)} class="band" />
            <path d={stepPath(c.km)} class="line" />
            <g class="censor">{censorTicks(c.km)}</g>
          </g>
        ))}
      </svg>
      <div class="table-scroll" tabIndex={0} role="region" aria-label="Numbers at risk">
      <table class="at-risk">
        <caption>Numbers at risk</caption>
        <thead>
          <tr>
            <th scope="col">Months</th>
            {TICKS.slice(0, 9).map((t) => <th scope="col" key={t}>{t}</th>)}
          </tr>
        </thead>
        <tbody>
          {curves.map((c) => (
            <tr key={c.label} class={`row-${c.kind}`}>
              <th scope="row">{c.label}</th>
              {TICKS.slice(0, 9).map((t) => <td key={t}>{c.km.atRisk(t)}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </figure>
  );
}
