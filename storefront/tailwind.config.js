/** @type {import("tailwindcss").Config} */
module.exports = {
  // Medusa's design tokens and text styles (txt-*, ui-fg-*, shadow-*), as in dtc-starter.
  presets: [require("@medusajs/ui-preset")],
  darkMode: "class",
  content: ["./src/**/*.{ts,tsx}"],
}
