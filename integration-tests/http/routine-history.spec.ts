import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/integration-runner"
import type { AdminRoutineChange } from "../../src/types"
import { ROUTINE_BUNDLE_EVENTS } from "../../src/workflows/events"
import { createAdminHeaders } from "../helpers/admin"
import { readableErrors } from "../helpers/readable-errors"
import { seedStore } from "../helpers/store"

jest.setTimeout(180 * 1000)

type Headers = { headers: Record<string, string> }

integrationTestRunner({
  testSuite: ({ api: rawApi, getContainer }) => {
    const api = readableErrors(rawApi)
    let seeded: Awaited<ReturnType<typeof seedStore>>
    let admin: Headers
    let other: Headers
    let routineId: string

    beforeAll(async () => {
      seeded = await seedStore(getContainer())
      admin = await createAdminHeaders(api, getContainer())
      other = await createAdminHeaders(api, getContainer(), "second-admin@routine.test")
      routineId = seeded.routine.id
    })

    const userId = async (headers: Headers) => (await api.get("/admin/users/me", headers)).data.user.id as string
    const history = async (query: string): Promise<AdminRoutineChange[]> =>
      (await api.get(`/admin/routine-changes?${query}`, admin)).data.routine_changes
    const offerHistory = async () =>
      (await history(`routine_id=${routineId}&subject=offer&order=created_at&limit=100`))
    const offerNow = async () => {
      const { data } = await api.get(`/admin/routines/${routineId}`, admin)
      const r = data.routine
      return {
        discount_type: r.discount_type,
        discount_value: r.discount_value,
        min_steps: r.min_steps,
        promotion_policy: r.promotion_policy,
        discount_amounts: r.discount_amounts.map(({ currency_code, amount }: any) => ({ currency_code, amount })),
        discount_tiers: r.discount_tiers
          .map(({ min_steps, percentage }: any) => ({ min_steps, percentage }))
          .sort((a: any, b: any) => a.min_steps - b.min_steps),
        subscriptions_enabled: r.subscriptions_enabled,
        subscription_interval_weeks: r.subscription_interval_weeks ?? [],
        subscription_discount_percentage: r.subscription_discount_percentage,
      }
    }

    it("records an offer changed twice, with who, when, and the whole offer before and after", async () => {
      const start = await offerNow()
      const before = new Date().toISOString()
      await api.post(`/admin/routines/${routineId}`, { discount_tiers: [], discount_value: 12 }, admin)
      await api.post(`/admin/routines/${routineId}`, { discount_value: 20, min_steps: 4 }, other)

      const entries = await offerHistory()
      expect(entries).toEqual([
        expect.objectContaining({
          subject: "offer",
          action: "update",
          routine_id: routineId,
          target_id: routineId,
          changed_by: await userId(admin),
          user: expect.objectContaining({ email: "admin@routine.test" }),
          before: start,
          after: { ...start, discount_tiers: [], discount_value: 12 },
          alerts: [],
        }),
        expect.objectContaining({
          changed_by: await userId(other),
          user: expect.objectContaining({ email: "second-admin@routine.test" }),
          before: { ...start, discount_tiers: [], discount_value: 12 },
          after: { ...start, discount_tiers: [], discount_value: 20, min_steps: 4 },
        }),
      ])
      expect(entries[0].created_at >= before).toBe(true)
      expect(entries[1].created_at >= entries[0].created_at).toBe(true)
      expect(entries[1].after).toEqual(await offerNow())
    })

    it("filters by routine, user, kind of change and period; newest first by default", async () => {
      await api.post(`/admin/routines/${routineId}`, { title: "Barrier Restoration, revised" }, admin)
      await api.post(`/admin/routines/${routineId}`, { discount_value: 14 }, other)
      const otherId = await userId(other)

      const all = await history(`routine_id=${routineId}`)
      expect(all.map((e) => e.subject)).toEqual(["offer", "routine"])
      expect(all[1]).toMatchObject({ before: { title: "Barrier Restoration Routine" }, after: { title: "Barrier Restoration, revised" } })
      expect((await history(`changed_by=${otherId}`)).map((e) => e.subject)).toEqual(["offer"])
      expect((await history(`subject=routine`)).map((e) => e.after)).toEqual([{ title: "Barrier Restoration, revised" }])
      expect(await history(`created_at[$gte]=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).toEqual([])
      expect(await history(`routine_id=rtn_unknown`)).toEqual([])
      const { data } = await api.get(`/admin/routine-changes?limit=1`, admin)
      expect(data).toMatchObject({ count: 2, limit: 1, offset: 0 })

      // A title and a status in one request: two entries of one transaction,
      // one time. Pages of one still list every entry once, in the full list's order.
      await api.post(`/admin/routines/${routineId}`, { title: "Barrier Restoration", status: "draft" }, admin)
      const full = (await history("limit=100")).map((e) => e.id)
      const paged: string[] = []
      for (let offset = 0; offset < full.length; offset++) {
        paged.push(...(await history(`limit=1&offset=${offset}`)).map((e) => e.id))
      }
      expect(full).toHaveLength(4)
      expect(paged).toEqual(full)
    })

    it("records publication, steps, their order, candidates and symptoms", async () => {
      const { data } = await api.get(`/admin/routines/${routineId}?fields=id,steps.id,steps.handle,steps.position`, admin)
      const steps = [...data.routine.steps].sort((a: any, b: any) => a.position - b.position)
      await api.post(`/admin/routines/${routineId}`, { status: "draft" }, admin)
      const created = (await api.post(`/admin/routines/${routineId}/steps`, { title: "Mask" }, admin)).data.routine
      const mask = created.steps.find((s: any) => s.handle === "mask")
      await api.post(`/admin/routines/${routineId}/steps/${mask.id}`, { optional: true }, admin)
      await api.post(
        `/admin/routines/${routineId}/steps/reorder`,
        { step_ids: [mask.id, ...steps.map((s: any) => s.id)] },
        admin
      )
      await api.post(`/admin/routines/${routineId}/steps/${mask.id}/products`, { add: [{ product_id: seeded.products[0].id }] }, admin)
      await api.delete(`/admin/routines/${routineId}/steps/${mask.id}`, admin)
      const symptom = (await api.post(`/admin/symptoms`, { name: "Flaking" }, admin)).data.symptom
      await api.post(`/admin/symptoms/${symptom.id}/products`, { add: [seeded.products[1].id] }, admin)
      await api.delete(`/admin/symptoms/${symptom.id}`, admin)

      const entries = (await history(`order=created_at&limit=100`)).map((e) => [e.subject, e.action, e.before, e.after])
      expect(entries).toEqual([
        ["publication", "update", { status: "published" }, { status: "draft" }],
        ["step", "create", null, expect.objectContaining({ title: "Mask", handle: "mask", position: 6, optional: false })],
        ["step", "update", { optional: false }, { optional: true }],
        [
          "step_order",
          "update",
          { step_ids: [...steps.map((s: any) => s.id), mask.id] },
          { step_ids: [mask.id, ...steps.map((s: any) => s.id)] },
        ],
        ["candidates", "update", { products: [] }, { products: [{ product_id: seeded.products[0].id, is_default: false, rank: 0 }] }],
        ["step", "delete", expect.objectContaining({ handle: "mask", position: 1 }), null],
        ["symptom", "create", null, expect.objectContaining({ name: "Flaking", handle: "flaking" })],
        ["symptom_products", "update", { product_ids: [] }, { product_ids: [seeded.products[1].id] }],
        ["symptom", "delete", expect.objectContaining({ name: "Flaking" }), null],
      ])
    })

    it("a change that fails leaves no entry behind, in the data or the history", async () => {
      const start = await offerNow()
      const version = async () =>
        (
          await getContainer()
            .resolve(ContainerRegistrationKeys.QUERY)
            .graph({ entity: "routine", fields: ["offer_version"], filters: { id: routineId } })
        ).data[0].offer_version as number
      const night = (await api.post("/admin/routines", { title: "Night Routine", handle: "night-routine" }, admin)).data.routine
      const versionBefore = await version()
      // The offer is written first, then the routine's own fields fail on a
      // handle another routine has: both roll back, and so does the entry.
      const failed = await api
        .post(`/admin/routines/${routineId}`, { discount_value: 30, handle: "night-routine" }, admin)
        .catch((e: any) => e.response)
      expect(failed.status).toEqual(400)
      expect(failed.data.message).toContain("night-routine")
      // Written and put back: the version moved twice.
      expect(await version()).toEqual(versionBefore + 2)
      expect(await offerNow()).toEqual(start)
      expect((await history("order=created_at&limit=100")).map((e) => [e.subject, e.action, e.routine_id])).toEqual([
        ["routine", "create", night.id],
        ["offer", "create", night.id],
      ])
    })

    it("highlights an offer change above the store's threshold and emits routine.offer_alert", async () => {
      const emitted: unknown[] = []
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      const listener = async ({ data }: { data: unknown }) => {
        emitted.push(data)
      }
      eventBus.subscribe(ROUTINE_BUNDLE_EVENTS.OFFER_ALERT, listener as never)

      await api.post(`/admin/routines/${routineId}`, { discount_tiers: [{ min_steps: 3, percentage: 10 }, { min_steps: 5, percentage: 60 }] }, admin)
      await api.post(`/admin/routines/${routineId}`, { discount_tiers: [{ min_steps: 3, percentage: 10 }, { min_steps: 5, percentage: 40 }] }, admin)
      await api.post(
        `/admin/routines/${routineId}`,
        { discount_type: "set_price", discount_tiers: [], discount_amounts: [{ currency_code: "eur", amount: 100 }] },
        admin
      )
      await api.post(`/admin/routines/${routineId}`, { discount_amounts: [{ currency_code: "eur", amount: 40 }] }, admin)

      const entries = await offerHistory()
      expect(entries.map((e) => e.alerts)).toEqual([
        ["up to 60 % off (was 15 %), above the alert threshold of 50 %"],
        [],
        // A new kind: nothing to measure the amount against.
        ["set price in EUR is now 100, with no earlier amount to compare it to"],
        ["set price in EUR from 100 to 40 (−60 %), above the alert threshold of 50 %"],
      ])
      await new Promise<void>((resolve, reject) => {
        const started = Date.now()
        const poll = () =>
          emitted.length >= 3 ? resolve() : Date.now() - started > 10_000 ? reject(new Error("no alert event")) : setTimeout(poll, 50)
        poll()
      })
      expect(emitted).toEqual([
        { id: entries[0].id, routine_id: routineId, changed_by: await userId(admin), alerts: entries[0].alerts },
        { id: entries[2].id, routine_id: routineId, changed_by: await userId(admin), alerts: entries[2].alerts },
        { id: entries[3].id, routine_id: routineId, changed_by: await userId(admin), alerts: entries[3].alerts },
      ])
      eventBus.unsubscribe(ROUTINE_BUNDLE_EVENTS.OFFER_ALERT, listener as never)
    })

    it("an edit that leaves the offer as it was records nothing and keeps its version", async () => {
      const version = async () =>
        (
          await getContainer()
            .resolve(ContainerRegistrationKeys.QUERY)
            .graph({ entity: "routine", fields: ["offer_version"], filters: { id: routineId } })
        ).data[0].offer_version as number
      const { discount_value, min_steps } = await offerNow()
      const before = await version()

      await api.post(`/admin/routines/${routineId}`, { discount_value, min_steps, title: "Same offer" }, admin)

      expect(await version()).toEqual(before)
      expect((await history(`routine_id=${routineId}`)).map((e) => e.subject)).toEqual(["routine"])
    })

    it("racing changes to a symptom's products chain too: each entry starts where the one before ended", async () => {
      const symptom = seeded.symptoms[0]
      const linked = (await api.get(`/admin/symptoms/${symptom.id}?fields=products.id`, admin)).data.symptom.products.map(
        (p: { id: string }) => p.id
      )
      const added = seeded.products.filter((p) => !linked.includes(p.id)).slice(0, 4).map((p) => p.id)
      expect(added).toHaveLength(4)
      await Promise.all(added.map((id) => api.post(`/admin/symptoms/${symptom.id}/products`, { add: [id] }, admin)))

      const entries = await history(`target_id=${symptom.id}&order=created_at`)
      for (let i = 1; i < entries.length; i++) {
        expect(entries[i].before).toEqual(entries[i - 1].after)
      }
      const now = (await api.get(`/admin/symptoms/${symptom.id}?fields=products.id`, admin)).data.symptom.products
      expect(entries).toHaveLength(4)
      expect((entries.at(-1)!.after as { product_ids: string[] }).product_ids).toEqual(now.map((p: { id: string }) => p.id).sort())
      expect(now).toHaveLength(linked.length + 4)
    })

    it("racing offer changes leave a history in the order they committed: each entry starts where the one before ended", async () => {
      const values = [21, 22, 23, 24, 25, 26]
      await Promise.all(
        values.map((discount_value, i) => api.post(`/admin/routines/${routineId}`, { discount_value }, i % 2 ? admin : other))
      )
      const entries = await offerHistory()
      expect(entries.map((e) => e.after!.discount_value).sort()).toEqual(values)
      for (let i = 1; i < entries.length; i++) {
        expect(entries[i].before).toEqual(entries[i - 1].after)
      }
      expect(entries[entries.length - 1].after).toEqual(await offerNow())
      const { data: versions } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "routine", fields: ["offer_version"], filters: { id: routineId } })
      expect(versions[0].offer_version).toBeGreaterThanOrEqual(values.length)
    })
  },
})
