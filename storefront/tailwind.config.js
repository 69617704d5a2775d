const path = require("path")

/** @type {import("tailwindcss").Config} */
module.exports = {
  presets: [require("@medusajs/ui-preset")],
  darkMode: "class",
  content: [
    "./src/**/*.{ts,tsx}",
    // @medusajs/ui's components carry their own Tailwind classes; resolved,
    // because npm workspaces hoist the package to the repository's root.
    path.join(path.dirname(require.resolve("@medusajs/ui")), "**/*.js"),
  ],
}
