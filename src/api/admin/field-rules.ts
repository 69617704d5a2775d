// The bounds live with the plugin's pure code (src/lib/field-rules.ts): the
// validators, the admin's forms and the workflows read the same numbers.
export * from "../../lib/field-rules"
