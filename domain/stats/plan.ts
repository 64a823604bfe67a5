/** What provincial plans set targets (chỉ tiêu) for, per unit and year (db plan_targets.metric). */
export const planMetrics = ['opened', 'admitted'] as const;
export type PlanMetric = (typeof planMetrics)[number];

export const planMetricLabels: Readonly<Record<PlanMetric, string>> = {
  opened: 'Số hồ sơ đề nghị áp dụng biện pháp được lập',
  admitted: 'Số người được đưa vào cơ sở cai nghiện bắt buộc',
};

/** Actual as a whole percent of the target; none for a target of 0, which no count can be a share of. */
export function percentOfTarget(actual: number, target: number): number | null {
  return target > 0 ? Math.round((actual * 100) / target) : null;
}
