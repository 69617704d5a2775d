import { Input } from "@medusajs/ui"
import { useEffect, useState } from "react"

type RankInputProps = {
  label: string
  rank: number
  disabled: boolean
  onCommit: (rank: number) => void
}

// Saves when the field is left or Enter is pressed, not on every keystroke.
export const RankInput = ({ label, rank, disabled, onCommit }: RankInputProps) => {
  const [value, setValue] = useState(String(rank))

  useEffect(() => setValue(String(rank)), [rank])

  const commit = () => {
    const next = Number.parseInt(value, 10)
    if (Number.isNaN(next) || next === rank) {
      setValue(String(rank))
      return
    }
    onCommit(next)
  }

  return (
    <Input
      size="small"
      type="number"
      min={0}
      step={1}
      aria-label={label}
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
      }}
    />
  )
}
