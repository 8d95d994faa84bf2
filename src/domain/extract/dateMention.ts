/** A date mention: `date` (and `endDate` for a span) as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  date: string;
  endDate?: string;
  precision: 'day' | 'month' | 'year';
  /** How sure the reading is: explicit dates 0.95, relative ones less. */
  confidence: number;
  /** A period (`3年来`, `前些年`) rather than a point in time. */
  period: boolean;
}
