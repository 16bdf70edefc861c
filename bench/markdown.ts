// Prints bench/results.json as Markdown tables (figures, budgets, start-up breakdown) for docs/performance.md:
//   npx tsx bench/markdown.ts [results.json]
import { readFileSync } from 'node:fs';
import type { Budget, Row } from './report';
import { fmt } from './report';
import type { Phase } from './breakdown';

interface Results {
  date: string;
  browserRuns: number;
  quick: boolean;
  durationS: number;
  machine: {
    os: string;
    cpus: number;
    cpuModel: string | null;
    node: string;
    chromium: string;
    loadAverageBefore: number[];
    loadAverageAfter: number[];
  };
  rows: Row[];
  budgets: Budget[];
  problems: string[];
  breakdown?: { phases: Record<string, Phase[]>; cpu: Record<string, Record<string, number>> };
}

const r = JSON.parse(readFileSync(process.argv[2] ?? 'bench/results.json', 'utf8')) as Results;
const out: string[] = [];
const m = r.machine;
out.push(
  `Run: ${r.date.slice(0, 16).replace('T', ' ')} UTC, ${r.browserRuns} browser runs per page (median)${r.quick ? ' (quick)' : ''}, ${r.durationS} s.  `,
);
out.push(
  `Machine: ${m.os}, ${m.cpus}× ${m.cpuModel ?? '?'}, Node ${m.node}, Chromium ${m.chromium}, SwiftShader (software WebGL); load average ${m.loadAverageBefore.map((x) => x.toFixed(2)).join('/')} before → ${m.loadAverageAfter.map((x) => x.toFixed(2)).join('/')} after.`,
);
out.push('');
out.push('| figure | value | baseline | ratio | unit / baseline |', '|---|---:|---:|---:|---|');
for (const row of r.rows)
  out.push(
    `| ${row.name} | ${fmt(row.value)} | ${row.baseline === null ? '–' : fmt(row.baseline)} | ${row.ratio === null ? '–' : row.ratio.toFixed(2)} | ${row.unit}${row.baselineName ? ` / ${row.baselineName}` : ''} |`,
  );
out.push('', '| budget | value | limit | verdict |', '|---|---:|---:|---|');
for (const b of r.budgets)
  out.push(`| ${b.name} | ${fmt(b.value)} ${b.unit} | ${fmt(b.limit)} | ${b.met ? 'met' : 'MISSED'}: ${b.margin} |`);
for (const p of r.problems) out.push(`\nProblem: ${p}`);
if (r.breakdown) {
  const ids = Object.keys(r.breakdown.phases);
  out.push('', `| start-up phase (median ms) | ${ids.join(' | ')} |`, `|---|${ids.map(() => '---:').join('|')}|`);
  const labels = [...new Set(ids.flatMap((i) => r.breakdown!.phases[i]!.map((p) => p.label)))];
  for (const l of labels)
    out.push(
      `| ${l} | ${ids
        .map((i) => {
          const p = r.breakdown!.phases[i]!.find((x) => x.label === l);
          return p ? fmt(p.ms) : '–';
        })
        .join(' | ')} |`,
    );
  const cid = Object.keys(r.breakdown.cpu);
  const cats = [...new Set(cid.flatMap((i) => Object.keys(r.breakdown!.cpu[i]!)))];
  out.push(
    '',
    `| main-thread CPU, one profiled visit (ms) | ${cid.join(' | ')} |`,
    `|---|${cid.map(() => '---:').join('|')}|`,
  );
  for (const c of cats) out.push(`| ${c} | ${cid.map((i) => fmt(r.breakdown!.cpu[i]![c] ?? 0)).join(' | ')} |`);
}
console.log(out.join('\n'));
