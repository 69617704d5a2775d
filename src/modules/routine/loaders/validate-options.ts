import type { LoaderOptions } from "@medusajs/framework/types"
import { parsePluginOptions } from "../../../plugin-options"

/** Stops the server at start-up when the plugin's options are wrong, naming the option. */
export default async function validateOptions({ options }: LoaderOptions) {
  parsePluginOptions(options)
}
