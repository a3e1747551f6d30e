/** A timeliness indicator (A1, adjusted A1, A2) for one council or England and one period. */
export interface TimeIndicator {
  /** Whole days, the mean rounded half up; null when no child counts. */
  value: number | null
  mean: number | null
  /** Number of children the average rests on; null only where suppressed in public output. */
  children: number | null
  threshold: number
  meets: boolean | null
  /** value - threshold: negative is faster than the threshold. */
  distance: number | null
  /** Value for the previous period, or null. */
  previous: number | null
  /** value - previous: negative is an improvement. */
  trend: number | null
  /** Rank among councils with a value, 1 = fastest; ties share a rank. */
  rank: number | null
  /** 1 = fastest quarter of councils, 4 = slowest. */
  quartile: number | null
  slowestTenth: boolean | null
  /** Set in public output when disclosure control hides the figure. */
  suppressed?: boolean
}

/** A3: children who waited less than N months between entering care and moving in. */
export interface ShareIndicator {
  months: number
  /** Null only where suppressed in public output. */
  count: number | null
  children: number | null
  /** count / children, as a percentage to one decimal place; null when children is 0. */
  percent: number | null
  previous: number | null
  suppressed?: boolean
}

/** A count with the population it is a share of. */
export interface CountIndicator {
  count: number
  /** Denominator of the percentage. */
  of: number
  percent: number | null
}
