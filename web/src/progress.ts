// How a sub-goal is going, in words: the same rules as plan-service's progression (the last reading against the
// one before, or the starting point; "better" follows the measure's direction).

import { formatNumber } from './danish';
import type { Measurement, Reading } from './types';

export interface ChartInput {
  readings: Pick<Reading, 'on' | 'value'>[];
  measurement: Measurement;
}

export function effectiveDirection(m: Measurement): 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER' {
  if (m.kind === 'SCALE_1_TO_10') return 'HIGHER_IS_BETTER';
  if (m.kind === 'FUNCTIONING_LEVEL') return 'LOWER_IS_BETTER';
  return m.direction ?? 'HIGHER_IS_BETTER';
}

export function targetReached(latest: number, m: Measurement): boolean {
  return effectiveDirection(m) === 'HIGHER_IS_BETTER' ? latest >= m.target : latest <= m.target;
}

export function describeTrend({ readings, measurement }: ChartInput): string {
  const unit = measurement.kind === 'FIGURE' && measurement.unit ? ` ${measurement.unit}` : '';
  const target = `Målet er ${formatNumber(measurement.target)}${unit}.`;
  if (readings.length === 0) return `Ingen målinger endnu. ${target}`;
  const latest = readings[readings.length - 1].value;
  const before = readings.length > 1 ? readings[readings.length - 2].value : measurement.baseline;
  const now = `Seneste måling ${formatNumber(latest)}${unit}.`;
  if (targetReached(latest, measurement)) return `${now} Målet er nået.`;
  if (before === null || before === undefined || before === latest) return `${now} ${target}`;
  const better = effectiveDirection(measurement) === 'HIGHER_IS_BETTER' ? latest > before : latest < before;
  return `${now} ${better ? 'Det går den rigtige vej' : 'Det går den forkerte vej'}. ${target}`;
}
