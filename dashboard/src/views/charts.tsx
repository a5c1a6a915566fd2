import type { Chart, ChartConfiguration } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import { formatNumber } from '../format';
import { useT } from '../language';

// Chart.js comes in its own file, fetched once the first view's requests are on their way (see chart-setup.ts).
let chartJs: Promise<typeof import('./chart-setup')> | undefined;
export const loadChartJs = () => (chartJs ??= import('./chart-setup'));

/** Colours that stay apart for common colour blindness (Okabe–Ito) and hold 3:1 against white. */
export const SERIES_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#996600', '#56B4E9'];

export interface Series {
  label: string;
  values: (number | null)[];
  type?: 'bar' | 'line';
  /** Put the series on the right-hand axis (e.g. a percentage beside money). */
  right?: boolean;
}

/**
 * One trend chart; the same figures as a table for screen readers and for anyone who prefers to read numbers.
 */
export function TrendChart(props: {
  testid: string;
  title: string;
  labels: string[];
  series: Series[];
  kind: 'bar' | 'line';
}) {
  const { t } = useT();
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return undefined;
    const hasRight = props.series.some((s) => s.right);
    const config: ChartConfiguration = {
      type: props.kind,
      data: {
        labels: props.labels,
        datasets: props.series.map((s, i) => ({
          type: s.type ?? props.kind,
          label: s.label,
          data: s.values,
          backgroundColor: SERIES_COLOURS[i % SERIES_COLOURS.length],
          borderColor: SERIES_COLOURS[i % SERIES_COLOURS.length],
          borderWidth: 2,
          yAxisID: s.right ? 'right' : 'y',
          order: s.type === 'line' ? 0 : 1,
        })) as any,
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false, // slow office PCs: draw once
        interaction: { mode: 'index', intersect: false },
        plugins: {
          legend: { position: 'bottom', labels: { boxWidth: 12 } },
          tooltip: {
            callbacks: { label: (c) => `${c.dataset.label}: ${formatNumber(c.parsed.y, 1)}` },
          },
        },
        scales: {
          y: { beginAtZero: true, ticks: { callback: (v) => formatNumber(v, 1) } },
          ...(hasRight
            ? {
                right: {
                  position: 'right' as const,
                  beginAtZero: true,
                  grid: { drawOnChartArea: false },
                  ticks: { callback: (v: string | number) => `${formatNumber(v, 1)} %` },
                },
              }
            : {}),
        },
      },
    };
    const target = canvas.current;
    let chart: Chart | undefined;
    let gone = false;
    loadChartJs().then(
      ({ Chart }) => {
        if (gone) return;
        chart = new Chart(target, config);
        target.dataset.drawn = 'true';
      },
      // The figures stay readable in the chart's table below; the cause goes to the console.
      (error: unknown) => console.error(error),
    );
    return () => {
      gone = true;
      chart?.destroy();
    };
  }, [props.labels.join(), JSON.stringify(props.series), props.kind]);

  return (
    <figure class="chart">
      <figcaption>{props.title}</figcaption>
      <div class="chart-box">
        <canvas ref={canvas} data-testid={props.testid} role="img" aria-label={props.title} />
      </div>
      <details>
        <summary>{t('chartTable')}</summary>
        <table class="numbers">
          <thead>
            <tr>
              <th scope="col"></th>
              {props.labels.map((l) => (
                <th scope="col" key={l}>
                  {l}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.series.map((s) => (
              <tr key={s.label}>
                <th scope="row">{s.label}</th>
                {s.values.map((v, i) => (
                  <td key={i}>{formatNumber(v, 1)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
