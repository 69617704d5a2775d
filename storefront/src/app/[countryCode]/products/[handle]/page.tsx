import { Heading, Text } from "@modules/common/components/ui"
import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getProduct } from "@lib/data/products"
import { AddToCart } from "@modules/products/components/add-to-cart"
import { ProductRoutines } from "@modules/routine-bundles/components/product-routines"

type Props = { params: Promise<{ countryCode: string; handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { countryCode, handle } = await params
  return { title: (await getProduct(countryCode, handle))?.title ?? "Product" }
}

export default async function ProductPage({ params }: Props) {
  const { countryCode, handle } = await params
  const found = await getProduct(countryCode, handle)
  if (!found) notFound()
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="flex flex-col gap-y-4">
        <Heading level="h1" className="txt-xlarge-plus sm:text-3xl">
          {found.title}
        </Heading>
        {found.subtitle && <Text className="text-ui-fg-subtle">{found.subtitle}</Text>}
        {found.description && <Text className="max-w-2xl">{found.description}</Text>}
        <AddToCart product={found} />
      </div>
      <ProductRoutines productId={found.id} countryCode={countryCode} />
    </div>
  )
}
