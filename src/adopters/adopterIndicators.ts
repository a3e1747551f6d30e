import { addMonths, daysBetween } from '../domain/calendarDate.js'
import { isWithin, type Period } from '../domain/period.js'
import { percentOneDecimal } from '../scorecard/rounding.js'
import { averageOf, type Average } from '../scorecard/timeIndicator.js'
import type { AdopterHousehold } from './adopterRecords.js'

export interface AdopterIndicators {
  /**
   * Seed 004, adopter indicator 1: registration of interest to the decision that the household is suitable to adopt.
   */
  interestToApproval: Average
  /** Seed 004, 2: application to approval. */
  applicationToApproval: Average
  /** Seed 004, 3: approval to match. */
  approvalToMatch: Average
  /** The 2012 redesign: stage 1 (to the application) within 2 months. */
  stage1WithinTwoMonths: { count: number; of: number; percent: number | null }
  /** Stage 2 (application to approval) within 4 months. */
  stage2WithinFourMonths: { count: number; of: number; percent: number | null }
  /**
   * Referred to the national adoption register within 3 months of approval (of those approved and not matched within 3
   * months).
   */
  referredWithinThreeMonths: { count: number; of: number; percent: number | null }
  /** Approved households not matched, placed or withdrawn at the end of the period. */
  approvedWaitingAtEnd: number
}

const share = (count: number, of: number) => ({ count, of, percent: percentOneDecimal(count, of) })

/** Three-year figures: each average counts households whose later stage fell in the period. */
export function adopterIndicators(households: readonly AdopterHousehold[], period: Period): AdopterIndicators {
  const approvedIn = households.filter((h) => h.approved && isWithin(h.approved, period))
  const matchedIn = households.filter((h) => h.matched && h.approved && isWithin(h.matched, period))
  const stage1 = households.filter((h) => h.stage1 && h.application && isWithin(h.application, period))
  const stage2 = approvedIn.filter((h) => h.application)
  const needReferral = approvedIn.filter((h) => !h.matched || h.matched > addMonths(h.approved!, 3))
  const end = period.end
  return {
    interestToApproval: averageOf(approvedIn.map((h) => (h.interest ? daysBetween(h.interest, h.approved!) : null))),
    applicationToApproval: averageOf(
      approvedIn.map((h) => (h.application ? daysBetween(h.application, h.approved!) : null)),
    ),
    approvalToMatch: averageOf(matchedIn.map((h) => daysBetween(h.approved!, h.matched!))),
    stage1WithinTwoMonths: share(stage1.filter((h) => h.application! <= addMonths(h.stage1!, 2)).length, stage1.length),
    stage2WithinFourMonths: share(
      stage2.filter((h) => h.approved! <= addMonths(h.application!, 4)).length,
      stage2.length,
    ),
    referredWithinThreeMonths: share(
      needReferral.filter((h) => h.referred && h.referred <= addMonths(h.approved!, 3)).length,
      needReferral.length,
    ),
    approvedWaitingAtEnd: households.filter(
      (h) => h.approved && h.approved <= end && (!h.matched || h.matched > end) && (!h.withdrawn || h.withdrawn > end),
    ).length,
  }
}
