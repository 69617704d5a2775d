import { fillRoutineUrl, routineUrlTemplateProblem } from "../storefront-url"

describe("routineUrlTemplateProblem", () => {
  it("accepts an http(s) URL with {handle}, with or without {country_code}", () => {
    expect(routineUrlTemplateProblem("http://localhost:8000/{country_code}/routines/{handle}")).toBeNull()
    expect(routineUrlTemplateProblem("https://shop.example/routines/{handle}?ref=admin")).toBeNull()
  })

  it("names what is wrong: no {handle}, an unknown placeholder, not an http(s) URL", () => {
    expect(routineUrlTemplateProblem("https://shop.example/routines")).toEqual("must contain {handle}")
    expect(routineUrlTemplateProblem("https://shop.example/{locale}/{handle}")).toEqual(
      "unknown placeholder {locale} (use {handle} and {country_code})"
    )
    expect(routineUrlTemplateProblem("/routines/{handle}")).toEqual("must be an http(s) URL")
    expect(routineUrlTemplateProblem("ftp://shop.example/{handle}")).toEqual("must be an http(s) URL")
  })
})

describe("fillRoutineUrl", () => {
  const template = "http://localhost:8000/{country_code}/routines/{handle}"

  it("fills the handle and the country in lowercase, URL-encoded", () => {
    expect(fillRoutineUrl(template, { handle: "barrier-restoration", country_code: "DK" })).toEqual(
      "http://localhost:8000/dk/routines/barrier-restoration"
    )
    expect(fillRoutineUrl("https://s.example/r/{handle}", { handle: "a b/c", country_code: null })).toEqual(
      "https://s.example/r/a%20b%2Fc"
    )
  })

  it("is null when the template needs a country and the store has none", () => {
    expect(fillRoutineUrl(template, { handle: "x", country_code: null })).toBeNull()
  })
})
