// Shapes of the routine API responses, as the admin pages read them.

export type RoutineStatus = "draft" | "published"
export type DiscountType = "percentage" | "fixed"

export type Price = { id?: string; amount: number; currency_code: string }

export type StepProduct = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  status: string
  variants?: { id: string; title: string; sku: string | null; prices?: Price[] }[]
}

export type ProductLink = {
  product_id: string
  care_step_id?: string
  is_default: boolean
  rank: number
}

export type CareStep = {
  id: string
  title: string
  handle: string
  guidance: string | null
  optional: boolean
  position: number
  products?: StepProduct[]
  product_link?: ProductLink[]
}

export type DiscountAmount = { id?: string; currency_code: string; amount: number }

export type Routine = {
  id: string
  title: string
  handle: string
  description: string | null
  status: RoutineStatus
  discount_type: DiscountType
  discount_value: number
  discount_amounts?: DiscountAmount[]
  steps?: CareStep[]
  metadata?: Record<string, unknown> | null
  created_at?: string
  updated_at?: string
}

export type RoutineInput = {
  title?: string
  handle?: string
  description?: string | null
  status?: RoutineStatus
  discount_type?: DiscountType
  discount_value?: number
  discount_amounts?: { currency_code: string; amount: number }[]
}

export type StepInput = {
  title?: string
  handle?: string
  guidance?: string | null
  optional?: boolean
}

export type StepProductsInput = {
  add?: { product_id: string; is_default?: boolean; rank?: number }[]
  update?: { product_id: string; is_default?: boolean; rank?: number }[]
  remove?: string[]
}

export type Symptom = {
  id: string
  handle: string
  name: string
  description: string | null
  products?: Pick<StepProduct, "id" | "title" | "handle" | "thumbnail">[]
}

export type SymptomInput = {
  handle?: string
  name?: string
  description?: string | null
}

export type QuoteItem = {
  step: { id: string; handle: string; title: string; position: number }
  product: { id: string; title: string; handle: string; thumbnail: string | null }
  variant: { id: string; title: string; sku: string | null }
  reason: "symptoms" | "selection" | "default" | "rank" | "fallback"
  symptoms: string[]
  quantity: number
  unit_price: number
  discounted_unit_price: number
  subtotal: number
  total: number
  is_tax_inclusive: boolean
}

export type Quote = {
  routine_id: string
  routine_handle: string
  region_id: string
  currency_code: string
  quantity: number
  complete: boolean
  items: QuoteItem[]
  unavailable_steps: { id: string; handle: string; title: string; message: string }[]
  subtotal: number
  discount_total: number
  total: number
}

export type ProductCareStep = {
  id: string
  title: string
  handle: string
  position: number
  routine: { id: string; title: string; handle: string; status: RoutineStatus }
  is_default: boolean
  rank: number
}

export type ProductCuration = {
  care_steps: ProductCareStep[]
  symptoms: { id: string; handle: string; name: string }[]
}

export type RoutineBundle = {
  id: string
  routine: { id: string; title: string; handle: string }
  currency_code: string
  quantity: number
  subtotal: number
  discount_total: number
  total: number
  items: {
    step_title: string
    step_handle: string
    product_id: string
    product_title: string
    variant_id: string
    reason: string
    quantity: number
    unit_price: number
    discounted_unit_price: number
  }[]
}
