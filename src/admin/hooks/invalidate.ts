import { useQueryClient } from "@tanstack/react-query"

// Routines, steps, symptoms and product links show up in each other's pages
// (a symptom change alters the quote, a step change the product widget), so a
// curation change refreshes all of them; they are small reads.
export const CURATION_KEYS = [["routines"], ["symptoms"], ["product-curation"]]

export const useInvalidateCuration = () => {
  const queryClient = useQueryClient()
  return () =>
    Promise.all(
      CURATION_KEYS.map((queryKey) => queryClient.invalidateQueries({ queryKey }))
    )
}
