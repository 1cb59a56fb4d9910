// A small line chart of a sub-goal's readings against its target. The picture is for the eye; the same facts
// are in its text alternative (the readings in words), so a screen reader user gets them too.

import { describeTrend, type ChartInput } from '../progress';
import { formatDate, formatNumber } from '../danish';

const WIDTH = 160;
const HEIGHT = 48;
const PAD = 6;

export function ProgressChart({ input, label }: { input: ChartInput; label: string }) {
  const { readings, measurement } = input;
  const values = readings.map((r) => r.value);
  const all = [...values, measurement.target, ...(measurement.baseline !== null ? [measurement.baseline] : [])];
  let min = Math.min(...all);
  let max = Math.max(...all);
  if (measurement.kind === 'SCALE_1_TO_10') { min = 1; max = 10; }
  if (measurement.kind === 'FUNCTIONING_LEVEL') { min = 0; max = 4; }
  if (max === min) { max = min + 1; }
  const y = (v: number) => PAD + (HEIGHT - 2 * PAD) * (1 - (v - min) / (max - min));
  const points = values.length === 1 ? [values[0], values[0]] : values;
  const x = (i: number) => PAD + ((WIDTH - 2 * PAD) * i) / Math.max(points.length - 1, 1);
  const description = `${label}: ${describeTrend(input)}` +
    (readings.length > 0 ? ` Målinger: ${readings.map((r) => `${formatDate(r.on)} ${formatNumber(r.value)}`).join(', ')}.` : '');
  return (
    <svg className="progress-chart" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={description}>
      <line x1={PAD} x2={WIDTH - PAD} y1={y(measurement.target)} y2={y(measurement.target)} className="progress-target" />
      {readings.length > 0 && (
        <>
          <polyline fill="none" className="progress-line" points={points.map((v, i) => `${x(i)},${y(v)}`).join(' ')} />
          {points.map((v, i) => <circle key={i} cx={x(i)} cy={y(v)} r={2.5} className="progress-point" />)}
        </>
      )}
    </svg>
  );
}
