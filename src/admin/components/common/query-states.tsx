import { ExclamationCircle } from "@medusajs/icons"
import { Button, Skeleton, Text } from "@medusajs/ui"

export const LoadingState = ({ rows = 3 }: { rows?: number }) => (
  <div className="flex flex-col gap-y-2 px-6 py-4" aria-busy="true">
    {Array.from({ length: rows }, (_, index) => (
      <Skeleton key={index} className="h-7 w-full" />
    ))}
  </div>
)

type ErrorStateProps = { error: Error | null; onRetry?: () => void }

export const ErrorState = ({ error, onRetry }: ErrorStateProps) => (
  <div className="flex items-center justify-between gap-x-4 px-6 py-4" role="alert">
    <div className="text-ui-fg-error flex items-center gap-x-2">
      <ExclamationCircle />
      <Text size="small">{error?.message ?? "Something went wrong."}</Text>
    </div>
    {onRetry && (
      <Button size="small" variant="secondary" onClick={onRetry}>
        Retry
      </Button>
    )}
  </div>
)

export const EmptyState = ({ title, description }: { title: string; description?: string }) => (
  <div className="flex flex-col items-center gap-y-1 px-6 py-8 text-center">
    <Text size="small" weight="plus">
      {title}
    </Text>
    {description && (
      <Text size="small" className="text-ui-fg-subtle">
        {description}
      </Text>
    )}
  </div>
)
