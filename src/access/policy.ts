/**
 * Who may do what: role x council x action, decided here and nowhere else.
 * Every route asks `allows`; the matrix is tested in policy.test.ts and,
 * route by route, in test/accessMatrix.test.ts.
 */
export type Role = 'national-analyst' | 'council-user' | 'improvement-adviser' | 'administrator' | 'public'

export interface Viewer {
  role: Role
  /** The council a council user is bound to. */
  council: string | null
  email: string | null
  accountId: string | null
}

export const PUBLIC: Viewer = { role: 'public', council: null, email: null, accountId: null }

export type Action =
  /** See a period's scorecards: target.published says whether the period is published. */
  | 'view-scorecards'
  /** See figures without disclosure control (small numbers shown). */
  | 'view-unsuppressed'
  | 'view-children'
  | 'upload'
  | 'publish'
  | 'view-audit'
  | 'manage-accounts'
  /** Open review cases and record their steps. */
  | 'run-reviews'
  /** See a council's review cases, improvement plan and committee report. */
  | 'view-reviews'
  | 'edit-plan'
  /** Write the council's commentary on its figures. */
  | 'write-commentary'
  /** Record the court stages after placement for the council's children: its own users only. */
  | 'record-court-stages'

export interface Target {
  council?: string
  published?: boolean
}

const ownCouncil = (v: Viewer, t: Target) =>
  v.role === 'council-user' && t.council !== undefined && t.council === v.council

export function allows(viewer: Viewer, action: Action, target: Target = {}): boolean {
  const national = viewer.role === 'national-analyst'
  const adviser = viewer.role === 'improvement-adviser'
  switch (action) {
    case 'view-scorecards':
      return national || adviser || target.published === true || ownCouncil(viewer, target)
    case 'view-unsuppressed':
      return national || adviser || ownCouncil(viewer, target)
    case 'view-children':
      return national || ownCouncil(viewer, target)
    case 'upload':
      return national || ownCouncil(viewer, target)
    case 'publish':
      return national
    case 'view-audit':
    case 'manage-accounts':
      return viewer.role === 'administrator'
    case 'run-reviews':
      return national
    case 'view-reviews':
      return national || adviser || ownCouncil(viewer, target)
    case 'edit-plan':
    case 'write-commentary':
      return national || ownCouncil(viewer, target)
    case 'record-court-stages':
      return ownCouncil(viewer, target)
  }
}

export const ROLES: readonly Role[] = [
  'national-analyst',
  'council-user',
  'improvement-adviser',
  'administrator',
  'public',
]

export const ROLE_NAMES: Record<Role, string> = {
  'national-analyst': 'National analyst',
  'council-user': 'Council user',
  'improvement-adviser': 'Improvement adviser',
  administrator: 'Administrator',
  public: 'Public',
}
