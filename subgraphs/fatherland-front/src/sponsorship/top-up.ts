export interface TopUpFigures {
  /** Income per person per month from the People's Committee's latest assessment; null when never assessed. */
  incomePerMonth: number | null;
  /** Sum of the person's pledges running this month, per month. */
  pledgedPerMonth: number;
  /** Poverty line of the standard in force for the household's area; null when none applies. */
  povertyLine: number | null;
}

export interface TopUp extends TopUpFigures {
  totalPerMonth: number | null;
  reachesPovertyLine: boolean | null;
  shortfall: number | null;
}

/**
 * The aim of Resolution 179/2019: income plus sponsorship "không thấp hơn mức chuẩn nghèo" — not below the poverty
 * line, so reaching the line exactly is enough. Unknown income or line leaves the answer unknown (null), never
 * guessed.
 */
export function sponsorshipTopUp(f: TopUpFigures): TopUp {
  if (f.incomePerMonth == null || f.povertyLine == null) {
    return { ...f, totalPerMonth: null, reachesPovertyLine: null, shortfall: null };
  }
  const totalPerMonth = f.incomePerMonth + f.pledgedPerMonth;
  return {
    ...f,
    totalPerMonth,
    reachesPovertyLine: totalPerMonth >= f.povertyLine,
    shortfall: Math.max(0, f.povertyLine - totalPerMonth),
  };
}
