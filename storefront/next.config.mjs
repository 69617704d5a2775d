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
}

export default nextConfig
