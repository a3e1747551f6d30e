import MLR from 'ml-regression-multivariate-linear'
import { ageInYears } from '../domain/calendarDate.js'
import type { Journey } from '../domain/journey.js'

/**
 * A case-mix model of A1: the days a child waits, explained by who the child
 * is, fitted by ordinary least squares on every adopted child in England in the
 * period. The baseline child entered care under one, alone, female, White.
 */
export const FEATURES = [
  'aged 1 to 4 on entering care',
  'aged 5 or over on entering care',
  'in a sibling group placed together',
  'from an ethnic minority background',
  'ethnicity not known',
  'male',
] as const

export function featuresOf(j: Journey, inSiblingGroup: boolean): number[] {
  const age = j.birth ? ageInYears(j.birth, j.enteredCare) : 0
  const minority = j.ethnicMinority
  return [
    age >= 1 && age < 5 ? 1 : 0,
    age >= 5 ? 1 : 0,
    inSiblingGroup ? 1 : 0,
    minority === true ? 1 : 0,
    minority === null ? 1 : 0,
    j.sex === 'male' ? 1 : 0,
  ]
}

export interface Coefficient {
  name: string
  /** Days added for a child with this characteristic. */
  estimate: number
  standardError: number
}

export interface CaseMixModel {
  n: number
  rSquared: number
  /** Residual standard deviation in days: how far a child's wait strays from what the model expects. */
  residualSd: number
  intercept: Coefficient
  coefficients: Coefficient[]
  predict: (features: number[]) => number
}

export interface ModelInput {
  features: number[]
  days: number
}

/** Fits the model; null when there are too few children to fit it (fewer than features + 2, or no variation). */
export function fitCaseMix(children: readonly ModelInput[]): CaseMixModel | null {
  const p = FEATURES.length
  if (children.length < p + 2) return null
  // A characteristic no child has cannot be estimated: it is left at 0 days.
  const used = FEATURES.map(
    (_, k) => children.some((c) => c.features[k] === 1) && children.some((c) => c.features[k] === 0),
  )
  const pick = (f: number[]) => f.filter((_, k) => used[k])
  const x = children.map((c) => pick(c.features))
  const y = children.map((c) => [c.days])
  let fit: MLR
  try {
    fit = new MLR(x, y, { intercept: true, statistics: true })
  } catch {
    return null
  }
  const weights = fit.weights.map((w) => w[0]!)
  const k = weights.length - 1
  const predict = (f: number[]) => {
    const v = pick(f)
    return weights[k]! + v.reduce((s, xi, i) => s + xi * weights[i]!, 0)
  }
  const mean = children.reduce((s, c) => s + c.days, 0) / children.length
  let ssRes = 0
  let ssTot = 0
  for (const c of children) {
    ssRes += (c.days - predict(c.features)) ** 2
    ssTot += (c.days - mean) ** 2
  }
  const se = fit.stdErrors ?? []
  let j = 0
  const coefficients = FEATURES.map((name, idx) => {
    if (!used[idx]) return { name, estimate: 0, standardError: Number.NaN }
    const c = { name, estimate: weights[j]!, standardError: se[j] ?? Number.NaN }
    j++
    return c
  })
  return {
    n: children.length,
    rSquared: ssTot === 0 ? 0 : 1 - ssRes / ssTot,
    residualSd: Math.sqrt(ssRes / Math.max(1, children.length - k - 1)),
    intercept: { name: 'baseline child', estimate: weights[k]!, standardError: se[k] ?? Number.NaN },
    coefficients,
    predict,
  }
}

export interface AdjustedA1 {
  children: number
  observed: number | null
  /** The A1 the model expects for this council's mix of children. */
  expected: number | null
  /** Observed minus expected: below 0 is faster than expected for its children. */
  difference: number | null
  /** A 95% interval for the difference. */
  lower: number | null
  upper: number | null
  /** England's A1 plus the difference: the council's A1 with England's mix of children. */
  adjusted: number | null
}

export function adjustA1(
  model: CaseMixModel | null,
  children: readonly ModelInput[],
  englandMean: number | null,
): AdjustedA1 {
  const n = children.length
  if (!model || n === 0 || englandMean === null) {
    return { children: n, observed: null, expected: null, difference: null, lower: null, upper: null, adjusted: null }
  }
  const observed = children.reduce((s, c) => s + c.days, 0) / n
  const expected = children.reduce((s, c) => s + model.predict(c.features), 0) / n
  const difference = observed - expected
  const half = (1.96 * model.residualSd) / Math.sqrt(n)
  const r = (v: number) => Math.round(v)
  return {
    children: n,
    observed: r(observed),
    expected: r(expected),
    difference: r(difference),
    lower: r(difference - half),
    upper: r(difference + half),
    adjusted: r(englandMean + difference),
  }
}
