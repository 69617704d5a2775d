/** @type {import("next").NextConfig} */
const nextConfig = {
  experimental: {
    // @medusajs/icons re-exports every icon from one index: import only those used.
    optimizePackageImports: ["@medusajs/icons"],
  },
  // The backend is reached only from the server (server components and
  // actions); nothing here needs the image optimiser or remote images.
  images: { unoptimized: true },
  poweredByHeader: false,
  // Metadata in <head> before the page, for every visitor: Next 15 streams it
  // into <body> for browsers when generateMetadata is slow, and the titles
  // here come from the backend, so they are slow exactly when the page is.
  // The browser suite saw the home page fail hydration (React #418, then a
  // client re-render) only when its backend was slow under load; streamed
  // metadata is the suspected cause, not a proven one.
  htmlLimitedBots: /.*/,
}

export default nextConfig
