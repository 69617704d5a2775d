import { useMutation } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

/**
 * Uploads one image through Medusa's file module (POST /admin/uploads, as
 * the dashboard's product media do) and resolves to its URL.
 */
export const useUploadImage = () =>
  useMutation({
    mutationFn: async (file: File) => {
      const { files } = await sdk.admin.upload.create({ files: [file] })
      return files[0].url
    },
  })
