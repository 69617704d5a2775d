import { useQueryClient } from "@tanstack/react-query"

// Routines, steps, symptoms and product links show up in each other's pages
// (a symptom change alters the quote, a step change the product widget), so a
// curation change refreshes all of them; they are small reads.
const CURATION_KEYS = [["routines"], ["symptoms"], ["product-curation"]]

/**
 * After a delete, the deleted record's own queries are left alone: refetching
 * them would only answer 404 on the page being left.
 */
export const useInvalidateCuration = () => {
  const queryClient = useQueryClient()
  return (deletedId?: string) =>
    Promise.all(
      CURATION_KEYS.map((queryKey) =>
        queryClient.invalidateQueries({
          queryKey,
          predicate: (query) => !deletedId || !query.queryKey.includes(deletedId),
        })
      )
    )
}
