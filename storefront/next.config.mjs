/** @type {import("next").NextConfig} */
const nextConfig = {
  // The plugin's typed client and types are compiled from ../src (tsconfig
  // `paths`), so the storefront imports them exactly as a merchant's would
  // from the npm package.
  experimental: {
    externalDir: true,
    // @medusajs/ui re-exports every component from one index: import only those used.
    optimizePackageImports: ["@medusajs/ui", "@medusajs/icons"],
  },
  // The backend is reached only from the server (server components and
  // actions); nothing here needs the image optimiser or remote images.
  images: { unoptimized: true },
  poweredByHeader: false,
}

export default nextConfig
