import type { MouseEvent, ReactNode } from "react"
import { Link, useNavigate } from "react-router-dom"

/**
 * A list row's cell as a link, as the dashboard's tables render theirs: the
 * first cell is in the Tab order, the others are not (one stop per row);
 * Cmd/Ctrl-click and middle-click open the row in a new tab.
 */
export const RowLink = ({ to, first = false, children }: { to: string; first?: boolean; children: ReactNode }) => (
  <Link
    to={to}
    tabIndex={first ? 0 : -1}
    className="focus-visible:shadow-borders-focus -mx-1 flex w-full items-center rounded px-1 outline-none"
  >
    {children}
  </Link>
)

/**
 * A click on the row outside its links goes where its links go; a click on
 * a link is left to the link (a new tab with Cmd/Ctrl).
 */
export const useRowClick = <Row,>(path: (row: Row) => string) => {
  const navigate = useNavigate()
  return (event: MouseEvent, row: Row) => {
    if ((event.target as HTMLElement).closest("a, button, [role=menuitem]")) return
    navigate(path(row))
  }
}
