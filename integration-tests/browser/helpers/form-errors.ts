import type { Locator } from "playwright-core"
import { eventually } from "../../helpers/eventually"

// A field's error: named by the field (aria-describedby, aria-invalid) and drawn under it.
export const expectErrorUnder = (field: Locator, text: string) =>
  eventually(
    async () => {
      const shown = await field.evaluate((element) => {
        const error = (element.getAttribute("aria-describedby") ?? "")
          .split(/\s+/)
          .map((id) => (id ? document.getElementById(id) : null))
          .find((e) => e?.getAttribute("data-testid") === "field-error")
        if (!error) return null
        const f = element.getBoundingClientRect()
        const e = error.getBoundingClientRect()
        return {
          text: error.textContent,
          invalid: element.getAttribute("aria-invalid"),
          under: e.top >= f.bottom - 1 && e.left < f.right && e.right > f.left,
        }
      })
      expect(shown).toEqual({ text: expect.stringContaining(text), invalid: "true", under: true })
    },
    { timeoutMs: 20_000 }
  )
