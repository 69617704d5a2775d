type Api = Record<"get" | "post" | "delete", (...args: any[]) => Promise<any>>

/**
 * The test runner's api, whose failed requests throw an Error naming the
 * request and the answer. An axios error holds the request and response
 * objects, which jest cannot send from its worker: the worker crashes and
 * the failure says nothing.
 */
export const readableErrors = <A extends Api>(api: A): A => {
  const wrap =
    (method: keyof Api) =>
    (url: string, ...rest: unknown[]) =>
      api[method](url, ...rest).catch((e: any) => {
        if (!e?.response) throw e
        const error = new Error(`${method.toUpperCase()} ${url} answered ${e.response.status}: ${JSON.stringify(e.response.data)}`)
        Object.assign(error, { response: { status: e.response.status, data: e.response.data, headers: e.response.headers } })
        throw error
      })
  return { ...api, get: wrap("get"), post: wrap("post"), delete: wrap("delete") }
}
