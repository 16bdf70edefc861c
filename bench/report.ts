// Table rows, budgets and printing for `npm run bench` (bench/run.ts): every figure is printed with its
// baseline and ratio, every budget with a verdict.

export interface Row {
  group: string;
  name: string;
  value: number;
  unit: string;
  baseline: number | null;
  baselineName: string;
  ratio: number | null;
}

export interface Budget {
  name: string;
  value: number;
  limit: number;
  unit: string;
  met: boolean;
  margin: string;
}

export function fmt(x: number): string {
  const a = Math.abs(x);
  if (!Number.isFinite(x)) return String(x);
  return a >= 100 ? x.toFixed(0) : a >= 10 ? x.toFixed(1) : a >= 0.1 ? x.toFixed(2) : x.toFixed(4);
}

export class Report {
  readonly rows: Row[] = [];
  readonly budgets: Budget[] = [];

  add(group: string, name: string, value: number, unit: string, baseline: number | null, baselineName: string): Row {
    const row = { group, name, value, unit, baseline, baselineName, ratio: baseline ? value / baseline : null };
    this.rows.push(row);
    return row;
  }

  /** A budget `value ≤ limit` (or `value < limit` when strict), with its verdict and margin. */
  budget(name: string, value: number, limit: number, unit: string, strict = false): Budget {
    const met = strict ? value < limit : value <= limit;
    const b = {
      name,
      value,
      limit,
      unit,
      met,
      margin: met
        ? `${fmt(limit - value)} ${unit} to spare`
        : `missed by ${fmt(value - limit)} ${unit} (${(((value - limit) / limit) * 100).toFixed(0)} %)`,
    };
    this.budgets.push(b);
    return b;
  }

  /** A budget `value ≥ floor` (more is better, e.g. frames per second). */
  budgetAtLeast(name: string, value: number, floor: number, unit: string): Budget {
    const met = value >= floor;
    const b = {
      name,
      value,
      limit: floor,
      unit,
      met,
      margin: met ? `${fmt(value - floor)} ${unit} above` : `short by ${fmt(floor - value)} ${unit}`,
    };
    this.budgets.push(b);
    return b;
  }

  print(out: (line: string) => void): void {
    const w = Math.max(...this.rows.map((r) => r.name.length));
    out(
      `${'figure'.padEnd(w)}  ${'value'.padStart(10)}  ${'baseline'.padStart(10)}  ${'ratio'.padStart(8)}  unit / baseline`,
    );
    let group = '';
    for (const r of this.rows) {
      if (r.group !== group) out(`— ${(group = r.group)}`);
      out(
        `${r.name.padEnd(w)}  ${fmt(r.value).padStart(10)}  ${(r.baseline === null ? '–' : fmt(r.baseline)).padStart(10)}  ${(r.ratio === null ? '–' : r.ratio.toFixed(3)).padStart(8)}  ${r.unit}${r.baselineName ? ` / ${r.baselineName}` : ''}`,
      );
    }
  }

  printBudgets(out: (line: string) => void): void {
    for (const b of this.budgets)
      out(
        `  ${b.met ? 'MET   ' : 'MISSED'} ${b.name}: ${fmt(b.value)} ${b.unit} (limit ${fmt(b.limit)}) — ${b.margin}`,
      );
  }
}
