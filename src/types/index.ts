// The plugin's one vocabulary: `import type { … } from "medusa-plugin-routine-bundles/types"`.
export * from "./cart-bundle"
export * from "./quote"
export * from "./routine"
export * from "./store"
export * from "./admin"
export * from "./analytics"
export * from "./subscription"
