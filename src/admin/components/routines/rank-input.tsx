import { Hint, Input } from "@medusajs/ui"
import { useEffect, useId, useState } from "react"
import { MAX_INT } from "../../../api/admin/field-rules"

type RankInputProps = {
  label: string
  rank: number
  disabled: boolean
  // The other candidates' ranks, with their titles: a rank is one product's.
  taken: Map<number, string>
  onCommit: (rank: number) => void
}

const problem = (value: string, taken: Map<number, string>) => {
  if (!/^-?\d+$/.test(value.trim())) return "Enter a whole number."
  const rank = Number(value)
  if (rank < 0) return "Enter 0 or more: 0 is picked first."
  if (rank > MAX_INT) return `Enter ${MAX_INT} or less.`
  const other = taken.get(rank)
  // Said alike in the step's table (where rows also drag) and the product widget (where they do not).
  if (other) return `"${other}" already has rank ${rank}: choose a rank no other product of the step has.`
  return null
}

// Saves when the field is left or Enter is pressed, not on every keystroke;
// a rank that cannot be saved says why under the field and is not sent.
export const RankInput = ({ label, rank, disabled, taken, onCommit }: RankInputProps) => {
  const [value, setValue] = useState(String(rank))
  const [error, setError] = useState<string | null>(null)
  const errorId = useId()

  useEffect(() => {
    setValue(String(rank))
    setError(null)
  }, [rank])

  const commit = () => {
    if (value.trim() === String(rank)) {
      setError(null)
      return
    }
    const found = problem(value, taken)
    setError(found)
    if (!found) onCommit(Number(value))
  }

  return (
    <div className="flex flex-col gap-y-1">
      <Input
        size="small"
        type="number"
        min={0}
        step={1}
        aria-label={label}
        aria-invalid={!!error}
        aria-describedby={error ? errorId : undefined}
        className="w-20"
        value={value}
        disabled={disabled}
        onChange={(e) => setValue(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault()
            commit()
          }
          if (e.key === "Escape" && error) {
            setValue(String(rank))
            setError(null)
          }
        }}
      />
      {error && (
        <Hint id={errorId} variant="error" data-testid="field-error" className="max-w-[200px]">
          {error}
        </Hint>
      )}
    </div>
  )
}
