/** An English local authority, by its DfE three-digit code. */
export interface Council {
  code: string
  name: string
  region: string
}
