import { MAX_LINE } from "../../../lib/field-rules"
import { copyTitle, freeHandle, HANDLE_PREFIX } from "../copy-names"

describe("the names of a routine's copy", () => {
  it("adds (copy) to the title, cutting a long one to the field length", () => {
    expect(copyTitle("Barrier")).toEqual("Barrier (copy)")
    const long = copyTitle("x".repeat(MAX_LINE))
    expect(long).toHaveLength(MAX_LINE)
    expect(long.endsWith("x (copy)")).toBe(true)
  })

  it("takes the first free handle: -copy, then -copy-2, -copy-3", () => {
    expect(freeHandle("barrier", [])).toEqual("barrier-copy")
    expect(freeHandle("barrier", ["barrier-copy"])).toEqual("barrier-copy-2")
    expect(freeHandle("barrier", ["barrier-copy", "barrier-copy-2", "barrier-copy-4"])).toEqual("barrier-copy-3")
  })

  it("cuts a long handle to the field length, kebab-case and within the prefix the taken ones are read by", () => {
    const handle = `${"a".repeat(MAX_LINE - 6)}-b-cd`
    const copy = freeHandle(handle, [])
    expect(copy.length).toBeLessThanOrEqual(MAX_LINE)
    expect(copy).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    expect(copy.startsWith(handle.slice(0, HANDLE_PREFIX))).toBe(true)
    const taken: string[] = []
    for (let i = 0; i < 9; i++) taken.push(freeHandle(handle, taken))
    const tenth = freeHandle(handle, taken)
    expect(tenth.endsWith("-copy-10")).toBe(true)
    expect(tenth.length).toBeLessThanOrEqual(MAX_LINE)
    expect(new Set([...taken, tenth]).size).toEqual(10)
  })
})
