import { integrationTestRunner } from "../helpers/integration-runner"
import { ROUTINE, regionOf } from "../helpers/bundle-cart"
import { readableErrors } from "../helpers/readable-errors"
import { seededAdmin } from "../helpers/seeded-admin"

jest.setTimeout(120 * 1000)

// A routine's page (issue 22.6): its schedule, image and SEO texts on the
// admin and store routes, and "View in store".

const PAGE = {
  thumbnail: "https://cdn.example/routines/barrier.jpg",
  seo_title: "Barrier repair in five steps",
  seo_description: "Calm irritated skin and rebuild its barrier.",
}
const DAY = 24 * 60 * 60 * 1000
const iso = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString()

integrationTestRunner({
  testSuite: ({ api: runnerApi, getContainer }) => {
    const api = readableErrors(runnerApi)
    const suite = seededAdmin(api, getContainer)

    const refused = (request: Promise<unknown>): Promise<any> => request.catch((e: any) => e.response)
    const pageOf = (routine: Record<string, unknown>) => ({
      starts_at: routine.starts_at,
      ends_at: routine.ends_at,
      thumbnail: routine.thumbnail,
      seo_title: routine.seo_title,
      seo_description: routine.seo_description,
    })
    const demoRoutine = async () =>
      (await api.get(`/admin/routines/${suite.seeded.routine.id}`, suite.admin)).data.routine

    it("the seed gives the demo routine an image the demo storefront serves, and SEO texts", async () => {
      const routine = await demoRoutine()
      expect(pageOf(routine)).toEqual({
        starts_at: null,
        ends_at: null,
        thumbnail: "http://localhost:8000/images/routines/barrier-restoration.jpg",
        seo_title: "Barrier Restoration Routine: five steps for irritated skin",
        seo_description: expect.stringMatching(/^Calm irritated skin/),
      })
    })

    it("creates and updates a routine with a schedule, an image and SEO texts, and clears them with null", async () => {
      const starts_at = iso(10)
      const ends_at = iso(40)
      const { data } = await api.post("/admin/routines", { title: "Summer glow", starts_at, ends_at, ...PAGE }, suite.admin)
      expect(pageOf(data.routine)).toEqual({ starts_at, ends_at, ...PAGE })

      // An end moved alone is checked against the stored start.
      const earlierEnd = iso(20)
      const moved = await api.post(`/admin/routines/${data.routine.id}`, { ends_at: earlierEnd }, suite.admin)
      expect(pageOf(moved.data.routine)).toEqual({ starts_at, ends_at: earlierEnd, ...PAGE })

      const cleared = await api.post(
        `/admin/routines/${data.routine.id}`,
        { starts_at: null, ends_at: null, thumbnail: null, seo_title: null, seo_description: null },
        suite.admin
      )
      expect(pageOf(cleared.data.routine)).toEqual({
        starts_at: null,
        ends_at: null,
        thumbnail: null,
        seo_title: null,
        seo_description: null,
      })
      // Each change is in the routine's history, as its other fields are.
      const { data: history } = await api.get(`/admin/routine-changes?routine_id=${data.routine.id}&limit=50`, suite.admin)
      const updates = history.routine_changes.filter((c: any) => c.subject === "routine" && c.action === "update")
      expect(updates.map((c: any) => Object.keys(c.after).sort())).toEqual(
        expect.arrayContaining([["ends_at", "seo_description", "seo_title", "starts_at", "thumbnail"], ["ends_at"]])
      )
    })

    describe("refuses a bad field with 400 naming it, changing nothing", () => {
      const long = (n: number) => "x".repeat(n)
      it.each([
        ["an end before the start", { starts_at: iso(5), ends_at: iso(2) }, "Invalid request: ends_at must be after starts_at"],
        ["an end at the start", { starts_at: iso(5), ends_at: iso(5) }, "Invalid request: ends_at must be after starts_at"],
        ["a start that is not a date", { starts_at: "next monday" }, "Invalid request: starts_at must be an ISO 8601 date and time, like 2027-06-01T09:00:00Z"],
        ["an end without a time", { ends_at: "2027-06-01" }, "Invalid request: ends_at must be an ISO 8601 date and time, like 2027-06-01T09:00:00Z"],
        ["a thumbnail that is not a URL", { thumbnail: "barrier.jpg" }, "Invalid request: thumbnail must be an http(s) URL"],
        ["a javascript: thumbnail", { thumbnail: "javascript:alert(1)" }, "Invalid request: thumbnail must be an http(s) URL"],
        ["an overlong thumbnail", { thumbnail: `https://cdn.example/${long(2048)}` }, "Invalid request: Value for field 'thumbnail' too big, expected at most: '2048'"],
        ["an overlong SEO title", { seo_title: long(71) }, "Invalid request: Value for field 'seo_title' too big, expected at most: '70'"],
        ["an overlong SEO description", { seo_description: long(321) }, "Invalid request: Value for field 'seo_description' too big, expected at most: '320'"],
      ])("%s", async (_label, fields, message) => {
        const before = await demoRoutine()

        const created = await refused(api.post("/admin/routines", { title: "Refused", ...fields }, suite.admin))
        expect(created.status).toEqual(400)
        expect(created.data).toEqual({ type: "invalid_data", message })

        const updated = await refused(api.post(`/admin/routines/${suite.seeded.routine.id}`, fields, suite.admin))
        expect(updated.status).toEqual(400)
        expect(updated.data).toEqual({ type: "invalid_data", message })

        expect((await api.get("/admin/routines?q=Refused", suite.admin)).data.count).toEqual(0)
        expect(pageOf(await demoRoutine())).toEqual(pageOf(before))
      })

      it("an end moved before the stored start, or a start moved after the stored end", async () => {
        await api.post(`/admin/routines/${suite.seeded.routine.id}`, { starts_at: iso(-10), ends_at: iso(10) }, suite.admin)
        const before = await demoRoutine()

        for (const body of [{ ends_at: iso(-20) }, { starts_at: iso(20) }]) {
          const response = await refused(api.post(`/admin/routines/${suite.seeded.routine.id}`, body, suite.admin))
          expect(response.status).toEqual(400)
          expect(response.data).toEqual({ type: "invalid_data", message: "ends_at must be after starts_at" })
        }
        expect(pageOf(await demoRoutine())).toEqual(pageOf(before))
      })
    })

    it("the store's routine page and list carry the schedule, the image and the SEO texts", async () => {
      const starts_at = iso(-1)
      const ends_at = iso(30)
      await api.post(`/admin/routines/${suite.seeded.routine.id}`, { starts_at, ends_at, ...PAGE }, suite.admin)

      const { data: page } = await api.get(
        `/store/routines/${ROUTINE}?region_id=${regionOf(suite.seeded, "eur").id}`,
        suite.seeded.storeHeaders
      )
      expect(pageOf(page.routine)).toEqual({ starts_at, ends_at, ...PAGE })

      const { data: list } = await api.get("/store/routines", suite.seeded.storeHeaders)
      const listed = list.routines.find((r: { handle: string }) => r.handle === ROUTINE)
      expect(pageOf(listed)).toEqual({ starts_at, ends_at, ...PAGE })
    })

    it("a routine's admin response links to its storefront page in a country of the store's first region", async () => {
      // The demo store has no default region: its first region stands in.
      const { data: stores } = await api.get("/admin/stores", suite.admin)
      expect(stores.stores[0].default_region_id).toBeNull()
      const { data: regions } = await api.get("/admin/regions?order=created_at&limit=1&fields=*countries", suite.admin)
      const countries = regions.regions[0].countries.map((c: { iso_2: string }) => c.iso_2)

      const routine = await demoRoutine()
      const match = /^http:\/\/localhost:8000\/([a-z]{2})\/routines\/barrier-restoration$/.exec(routine.storefront_url)
      expect(match).not.toBeNull()
      expect(countries).toContain(match![1])

      // With the handle it has once renamed.
      const renamed = await api.post(`/admin/routines/${suite.seeded.routine.id}`, { handle: "barrier-renewed" }, suite.admin)
      expect(renamed.data.routine.storefront_url).toEqual(`http://localhost:8000/${match![1]}/routines/barrier-renewed`)
    })

    it("a duplicate copies the image and SEO texts but not the schedule", async () => {
      await api.post(`/admin/routines/${suite.seeded.routine.id}`, { starts_at: iso(-1), ends_at: iso(30), ...PAGE }, suite.admin)

      const { data } = await api.post(`/admin/routines/${suite.seeded.routine.id}/duplicate`, {}, suite.admin)

      expect(pageOf(data.routine)).toEqual({ starts_at: null, ends_at: null, ...PAGE })
      expect(data.routine.storefront_url).toMatch(/\/routines\/barrier-restoration-copy$/)
    })
  },
})
