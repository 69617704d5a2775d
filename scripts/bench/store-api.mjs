// Setup traffic of the bench (carts to add to, sanity checks): plain fetch,
// never timed.
export const storeApi = (baseUrl, publishableKey) => {
  const request = async (method, path, body) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        "content-type": "application/json",
        "x-publishable-api-key": publishableKey,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const data = await response.json().catch(() => null)
    if (!response.ok) {
      throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(data)}`)
    }
    return data
  }
  return {
    get: (path) => request("GET", path),
    post: (path, body) => request("POST", path, body),
    headers: { "x-publishable-api-key": publishableKey },
  }
}

/** `count` empty carts in the region, created a few at a time. */
export const createCarts = async (api, regionId, count) => {
  const ids = []
  const worker = async () => {
    while (ids.length < count) {
      ids.push(null)
      const slot = ids.length - 1
      const { cart } = await api.post("/store/carts", { region_id: regionId })
      ids[slot] = cart.id
    }
  }
  await Promise.all(Array.from({ length: 4 }, worker))
  return ids
}
