/**
 * Who may do what, decided in one place: role x council x action. Until
 * accounts exist the application runs as one local user who may do
 * everything; routes ask this module and never decide for themselves.
 */
export type Action = 'view-aggregates' | 'view-children' | 'upload'

export interface User {
  name: string
  role: 'local'
}

export const LOCAL_USER: User = { name: 'Local user', role: 'local' }

export function allows(user: User, action: Action, council?: string): boolean {
  void action
  void council
  return user.role === 'local'
}
