// Kaplan-Meier chart drawn by the app: the TES cohort and the patient's subgroup, each with its
// 95% band, censoring ticks, a legend, axis labels and the numbers at risk.
// Legible on a phone: the SVG's viewBox is narrow (W) and the drawing never shrinks below W CSS
// pixels (it scrolls instead), so 12-unit text renders at 12 px or more; the stylesheet's
// 11px for `.km text` is overridden per element through the CSSOM (allowed by the page's CSP).
import type { KaplanMeier } from '../../evidence';

const W = 320;
const H = 210;
const FONT = 12;
const PAD = { left: 50, right: 10, top: 10, bottom: 40 };
const MAX_T = 108;
const x = (t: number) => PAD.left + (Math.min(t, MAX_T) / MAX_T) * (W - PAD.left - PAD.right);
const y = (s: number) => PAD.top + (1 - s) * (H - PAD.top - PAD.bottom);
const LABELLED = [0, 24, 48, 72, 96];
const AT_RISK = [0, 12, 24, 36, 48, 60, 72, 84, 96];
const text = { fontSize: `${FONT}px` };
const SOLID = { strokeDasharray: 'none' };
const DASHED = { strokeDasharray: '5 4' };

/** Under this many patients at risk a curve is drawn dashed: its steps are single patients. */
export const FEW_AT_RISK = 10;

/** The step curve split where fewer than FEW_AT_RISK remain at risk: solid before, dashed after. */
export function stepPaths(km: KaplanMeier): { solid: string; dashed: string } {
  let d = `M${x(0)},${y(1)}`;
  let solid: string | null = km.atRisk(0) < FEW_AT_RISK ? '' : null;
  let s = 1;
  for (const step of km.steps) {
    d += ` H${x(step.time)}`;
    if (step.survival !== s) d += ` V${y(step.survival)}`;
    s = step.survival;
    if (solid === null && step.atRisk - step.events - step.censored < FEW_AT_RISK) {
      solid = d;
      d = `M${x(step.time)},${y(s)}`;
    }
  }
  if (km.steps.length === 0) d += ` H${x(MAX_T)}`;
  return solid === null ? { solid: d, dashed: '' } : { solid, dashed: d };
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
      {/* The legend is HTML so that it wraps and keeps the page's text size on a phone. */}
      <ul class="km-legend" aria-label="Legend">
        {curves.map((c) => (
          <li key={c.label}>
            <svg width="28" height="12" aria-hidden="true" class={`curve curve-${c.kind}`}><line class="line" x1={1} x2={27} y1={6} y2={6} style={c.km.atRisk(0) < FEW_AT_RISK ? DASHED : SOLID} /></svg> {c.label}
            {c.km.atRisk(0) < FEW_AT_RISK && `: ${c.km.atRisk(0)} at risk at the start, dashed throughout`}
          </li>
        ))}
      </ul>
      <p class="note km-few">Dashed: fewer than {FEW_AT_RISK} patients at risk (the numbers at risk are below the chart).</p>
      <div class="table-scroll">
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title}. ${describe}`} style={{ minWidth: `${W}px`, maxWidth: `${W * 1.6}px` }}>
          <g class="axes">
            {[0, 0.25, 0.5, 0.75, 1].map((s) => (
              <g key={s}>
                <line x1={PAD.left} x2={W - PAD.right} y1={y(s)} y2={y(s)} class="grid" />
                <text x={PAD.left - 4} y={y(s) + 4} text-anchor="end" style={text}>{pct(s)}</text>
              </g>
            ))}
            {LABELLED.map((t) => (
              <text key={t} x={x(t)} y={H - PAD.bottom + 15} text-anchor="middle" style={text}>{t}</text>
            ))}
            <text x={(W + PAD.left) / 2} y={H - 4} text-anchor="middle" style={text}>Months after TES</text>
            <text x={10} y={(PAD.top + H - PAD.bottom) / 2} text-anchor="middle" transform={`rotate(-90 10 ${(PAD.top + H - PAD.bottom) / 2})`} style={text}>Survival probability</text>
          </g>
          {curves.map((c) => (
            <g key={c.label} class={`curve curve-${c.kind}`}>
              <path d={bandPath(c.km)} class="band" />
              {/* Inline through the CSSOM (allowed by the CSP): solid until fewer than 10 remain at risk, dashed after (the stylesheet's own dash is overridden). */}
              <path d={stepPaths(c.km).solid} class="line" style={SOLID} />
              <path d={stepPaths(c.km).dashed} class="line few" style={DASHED} />
              <g class="censor">{censorTicks(c.km)}</g>
            </g>
          ))}
        </svg>
      </div>
      <div class="table-scroll" tabIndex={0} role="region" aria-label="Numbers at risk">
        {/* The table never wraps (styles.css): at-risk numbers split digit by digit otherwise. */}
        <table class="at-risk">
          <caption>Numbers at risk</caption>
          <thead>
            <tr>
              <th scope="col">Months</th>
              {AT_RISK.map((t) => <th scope="col" key={t}>{t}</th>)}
            </tr>
          </thead>
          <tbody>
            {curves.map((c) => (
              <tr key={c.label} class={`row-${c.kind}`}>
                <th scope="row">{c.kind === 'cohort' ? 'All' : 'Subgroup'}</th>
                {AT_RISK.map((t) => <td key={t}>{c.km.atRisk(t)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
