import { integrationTestRunner } from "../helpers/integration-runner"
import { MedusaError } from "@medusajs/framework/utils"
import { updateSymptomProductsWorkflow } from "../../src/workflows/update-symptom-products"
import { createAdminHeaders } from "../helpers/admin"
import { seedStore } from "../helpers/store"

jest.setTimeout(120 * 1000)

// A merchant's extension that vetoes some link changes: the links must be
// exactly as before the request.
updateSymptomProductsWorkflow.hooks.symptomProductsUpdated(
  async ({ additional_data }) => {
    if (additional_data?.vetoed_by_hook) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "vetoed by the hook")
    }
  }
)

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: Awaited<ReturnType<typeof seedStore>>
    let admin: { headers: Record<string, string> }

    beforeAll(async () => {
      seeded = await seedStore(getContainer())
      admin = await createAdminHeaders(api, getContainer())
    })

    const productId = (handle: string) =>
      seeded.products.find((p) => p.handle === handle)!.id
    const symptomId = (handle: string) =>
      seeded.symptoms.find((s) => s.handle === handle)!.id

    const productHandles = async (symptom: string) =>
      (
        await api.get(`/admin/symptoms/${symptomId(symptom)}`, admin)
      ).data.symptom.products
        .map((p: { handle: string }) => p.handle)
        .sort()

    const expectError = async (
      request: Promise<any>,
      status: number,
      type: string,
      message: string
    ) => {
      const response = await request.catch((e: any) => e.response)
      expect(response.status).toEqual(status)
      expect(response.data.type).toEqual(type)
      expect(response.data.message).toContain(message)
    }

    const expectUnauthorized = async (request: Promise<any>) => {
      const response = await request.catch((e: any) => e.response)
      expect(response.status).toEqual(401)
    }

    describe("GET /admin/symptoms", () => {
      it("lists symptoms with their products", async () => {
        const response = await api.get("/admin/symptoms?order=handle", admin)

        expect(response.status).toEqual(200)
        expect(response.data).toMatchObject({ count: 5, offset: 0, limit: 50 })
        expect(response.data.symptoms.map((s: any) => s.handle)).toEqual([
          "breakouts",
          "dry-flaky",
          "itching",
          "redness",
          "sensitivity",
        ])
        const dry = response.data.symptoms[1]
        expect(dry).toMatchObject({
          id: symptomId("dry-flaky"),
          name: "Cracked, flaky skin",
          description: "Stays dry even after moisturising.",
        })
        expect(dry.products).toContainEqual({
          id: productId("moisturising-cleansing-milk"),
          title: "Moisturising Cleansing Milk",
          handle: "moisturising-cleansing-milk",
          thumbnail: null,
        })
      })

      it("searches name and handle with q and pages", async () => {
        const byName = await api.get("/admin/symptoms?q=flaky", admin)
        const paged = await api.get(
          "/admin/symptoms?order=handle&limit=2&offset=2&fields=handle",
          admin
        )

        expect(byName.data.symptoms.map((s: any) => s.handle)).toEqual([
          "dry-flaky",
        ])
        expect(paged.data).toMatchObject({ count: 5, offset: 2, limit: 2 })
        expect(paged.data.symptoms).toEqual([
          { id: symptomId("itching"), handle: "itching" },
          { id: symptomId("redness"), handle: "redness" },
        ])
      })

      it.each([
        ["colour=red", "Unrecognized fields: 'colour'"],
        ["offset=-1", "offset must be a whole number of at least 0"],
        ["q=%00", "q must not contain NUL characters"],
      ])("rejects ?%s with 400 naming the field", async (params, message) => {
        await expectError(
          api.get(`/admin/symptoms?${params}`, admin),
          400,
          "invalid_data",
          message
        )
      })

      it("requires an admin", async () => {
        await expectUnauthorized(api.get("/admin/symptoms"))
      })
    })

    describe("POST /admin/symptoms", () => {
      it("creates a symptom with a handle from its name", async () => {
        const response = await api.post(
          "/admin/symptoms",
          { name: "Oily T-Zone", description: "Shiny by noon." },
          admin
        )

        expect(response.status).toEqual(200)
        expect(response.data.symptom).toMatchObject({
          id: expect.stringMatching(/^symp_/),
          handle: "oily-t-zone",
          name: "Oily T-Zone",
          description: "Shiny by noon.",
          products: [],
        })
      })

      it("answers a taken handle with Medusa's mapping of the unique violation", async () => {
        await expectError(
          api.post("/admin/symptoms", { name: "Red", handle: "redness" }, admin),
          400,
          "invalid_data",
          "Symptom with handle: redness, already exists."
        )
      })

      it.each([
        [{}, "Field 'name' is required"],
        [{ name: "X", handle: "Bad Handle" }, "handle must be kebab-case"],
        [{ name: "X", metadata: "nope" }, "field 'metadata'"],
        [{ name: "x".repeat(256) }, "Value for field 'name' too big"],
      ])("rejects %j with 400 naming the field", async (body, message) => {
        await expectError(
          api.post("/admin/symptoms", body, admin),
          400,
          "invalid_data",
          message
        )
      })

      it("requires an admin", async () => {
        await expectUnauthorized(api.post("/admin/symptoms", { name: "X" }))
      })
    })

    describe("GET /admin/symptoms/:id", () => {
      it("returns a symptom with its products", async () => {
        const response = await api.get(
          `/admin/symptoms/${symptomId("itching")}`,
          admin
        )

        expect(response.status).toEqual(200)
        expect(response.data.symptom).toMatchObject({
          id: symptomId("itching"),
          handle: "itching",
          name: "Itching, tingling or burning",
        })
        expect(await productHandles("itching")).toEqual([
          "bio-klinik-probiotic-aloe-gel",
          "cbd-extra-strong-repair-salve",
          "sunbrero-aloe-serum",
        ])
      })

      it("answers an unknown id with 404 naming it", async () => {
        await expectError(
          api.get("/admin/symptoms/symp_missing", admin),
          404,
          "not_found",
          "Symptom id not found: symp_missing"
        )
      })

      it("requires an admin", async () => {
        await expectUnauthorized(
          api.get(`/admin/symptoms/${symptomId("redness")}`)
        )
      })
    })

    describe("POST /admin/symptoms/:id", () => {
      it("updates the given fields", async () => {
        const response = await api.post(
          `/admin/symptoms/${symptomId("redness")}`,
          { name: "Redness", metadata: { colour: "red" } },
          admin
        )

        expect(response.status).toEqual(200)
        expect(response.data.symptom).toMatchObject({
          handle: "redness",
          name: "Redness",
          description: "Appears out of nowhere.",
          metadata: { colour: "red" },
        })
      })

      it("rejects a bad body with 400 naming the field", async () => {
        await expectError(
          api.post(
            `/admin/symptoms/${symptomId("redness")}`,
            { name: "" },
            admin
          ),
          400,
          "invalid_data",
          "Value for field 'name' too small"
        )
      })

      it("answers an unknown id with 404 naming it", async () => {
        await expectError(
          api.post("/admin/symptoms/symp_missing", { name: "X" }, admin),
          404,
          "not_found",
          "symp_missing"
        )
      })

      it("requires an admin", async () => {
        await expectUnauthorized(
          api.post(`/admin/symptoms/${symptomId("redness")}`, { name: "X" })
        )
      })
    })

    describe("DELETE /admin/symptoms/:id", () => {
      it("deletes a symptom and its product links", async () => {
        const response = await api.delete(
          `/admin/symptoms/${symptomId("redness")}`,
          admin
        )

        expect(response.status).toEqual(200)
        expect(response.data).toEqual({
          id: symptomId("redness"),
          object: "symptom",
          deleted: true,
        })
        const list = await api.get("/admin/symptoms", admin)
        expect(list.data.count).toEqual(4)
        const usage = await api.get(
          `/admin/products/${productId("moisturising-cleansing-milk")}/routines`,
          admin
        )
        expect(usage.data.symptoms.map((s: any) => s.handle).sort()).toEqual([
          "dry-flaky",
          "sensitivity",
        ])
      })

      it("answers an unknown id with 404 naming it", async () => {
        await expectError(
          api.delete("/admin/symptoms/symp_missing", admin),
          404,
          "not_found",
          "symp_missing"
        )
      })

      it("requires an admin", async () => {
        await expectUnauthorized(
          api.delete(`/admin/symptoms/${symptomId("redness")}`)
        )
      })
    })

    describe("POST /admin/symptoms/:id/products", () => {
      const url = () => `/admin/symptoms/${symptomId("itching")}/products`

      it("adds and removes products", async () => {
        const before = await productHandles("itching")
        const [removed, ...kept] = before

        const response = await api.post(
          url(),
          {
            add: [productId("moisturising-cleansing-milk")],
            remove: [productId(removed)],
          },
          admin
        )

        expect(response.status).toEqual(200)
        expect(
          response.data.symptom.products.map((p: any) => p.handle).sort()
        ).toEqual([...kept, "moisturising-cleansing-milk"].sort())
      })

      it("treats adding a linked product and removing an unlinked one as no-ops", async () => {
        const before = await productHandles("itching")

        const response = await api.post(
          url(),
          {
            add: [productId(before[0])],
            remove: [productId("moisturising-cleansing-milk")],
          },
          admin
        )

        expect(response.status).toEqual(200)
        expect(await productHandles("itching")).toEqual(before)
      })

      it("answers unknown products with 404 naming them and changes nothing", async () => {
        const before = await productHandles("itching")

        await expectError(
          api.post(
            url(),
            { add: [productId("moisturising-cleansing-milk"), "prod_missing"] },
            admin
          ),
          404,
          "not_found",
          "prod_missing"
        )
        expect(await productHandles("itching")).toEqual(before)
      })

      it("rejects a product both added and removed with 400", async () => {
        const milk = productId("moisturising-cleansing-milk")
        await expectError(
          api.post(url(), { add: [milk], remove: [milk] }, admin),
          400,
          "invalid_data",
          `a product cannot be both in add and in remove: ${milk}`
        )
      })

      it.each([
        [{ add: "prod_1" }, "field 'add'"],
        [{ remove: [""] }, "Value for field 'remove, 0' too small"],
      ])("rejects %j with 400 naming the field", async (body, message) => {
        await expectError(api.post(url(), body, admin), 400, "invalid_data", message)
      })

      it("leaves the links as they were when a symptomProductsUpdated hook fails", async () => {
        const before = await productHandles("itching")

        await expectError(
          api.post(
            url(),
            {
              add: [productId("moisturising-cleansing-milk")],
              remove: [productId(before[0])],
              additional_data: { vetoed_by_hook: true },
            },
            admin
          ),
          400,
          "not_allowed",
          "vetoed by the hook"
        )
        expect(await productHandles("itching")).toEqual(before)
      })

      it("answers an unknown symptom with 404 naming it", async () => {
        await expectError(
          api.post("/admin/symptoms/symp_missing/products", { add: [] }, admin),
          404,
          "not_found",
          "symp_missing"
        )
      })

      it("requires an admin", async () => {
        await expectUnauthorized(api.post(url(), { add: [] }))
      })
    })
  },
})
