import { Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type SectionHeaderProps = {
  title: string
  subtitle?: string
  level?: "h1" | "h2"
  actions?: ReactNode
}

export const SectionHeader = ({
  title,
  subtitle,
  level = "h2",
  actions,
}: SectionHeaderProps) => (
  <div className="flex items-center justify-between gap-x-4 px-6 py-4">
    <div>
      <Heading level={level}>{title}</Heading>
      {subtitle && (
        <Text size="small" className="text-ui-fg-subtle">
          {subtitle}
        </Text>
      )}
    </div>
    {actions && <div className="flex items-center gap-x-2">{actions}</div>}
  </div>
)
