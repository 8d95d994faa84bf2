import type { SortState } from '../domain/tableSort';

/** A column whose sort button joins another column's header where the table is narrow. */
export interface NarrowColumn<K extends string> {
  readonly column: K;
  readonly label: string;
}

function SortButton<K extends string>({
  column,
  label,
  sort,
  onSort,
  narrow,
}: {
  column: K;
  label: string;
  sort: SortState<K>;
  onSort(column: K): void;
  narrow?: boolean;
}) {
  const active = sort.key === column;
  return (
    <button
      type="button"
      className={narrow ? 'sort-button sort-button--narrow' : 'sort-button'}
      // The header's `aria-sort` speaks for its own column; these say whether theirs is the sort.
      aria-pressed={narrow ? active : undefined}
      onClick={() => onSort(column)}
    >
      {label}
      <span className="sort-mark" aria-hidden="true">
        {active ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
      </span>
    </button>
  );
}

/**
 * A column header that sorts its table: a button inside a `<th>` carrying `aria-sort`. `narrow`:
 * the columns whose content moves under this one's cell in a narrow table (`table.css`); their
 * sort buttons show in this header there, since their own headers are hidden.
 */
export function SortHeader<K extends string>({
  column,
  label,
  sort,
  onSort,
  className,
  narrow = [],
}: {
  column: K;
  label: string;
  sort: SortState<K>;
  onSort(column: K): void;
  className?: string;
  narrow?: readonly NarrowColumn<K>[];
}) {
  const active = sort.key === column;
  return (
    <th
      scope="col"
      className={className}
      aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <SortButton column={column} label={label} sort={sort} onSort={onSort} />
      {narrow.map((n) => (
        <SortButton key={n.column} {...n} sort={sort} onSort={onSort} narrow />
      ))}
    </th>
  );
}
