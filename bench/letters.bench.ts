/**
 * Briefings as documents (the "Performance": "a two-country briefing drawing on 200 cases,
 * 50 commitments and 100 sources: DOCX ≤ 1 s and PDF ≤ 3 s on this machine, beside the time to
 * fetch the same data"). Seeds the data of `letters-data.ts` into SQLite and PostgreSQL in the same
 * process, then times each step of `generateBriefing` on its own and the whole of it: one warm-up
 * run (it loads the DOCX and PDF libraries and fonts, so it is printed apart) and BENCH_RUNS timed
 * runs (default 5). Timings are reported, never judged by the exit code: it fails only on errors or
 * when the data did not land in the briefing.
 */
import { totalmem } from 'node:os';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { briefingMarkdown, briefingTitle } from '../src/modules/briefings/briefing.markdown.ts';
import { buildBriefing } from '../src/modules/briefings/briefing.operations.ts';
import type { Briefing } from '../src/modules/briefings/briefing.schema.ts';
import { generateBriefing } from '../src/modules/briefings/briefing-output.ts';
import { type RenderMeta, renderDocument } from '../src/render/render.ts';
import { type BenchDatabase, loadAverage, machineLine, openBenchDatabases } from './bench-support.ts';
import { CASES, COMMITMENTS, LETTERS_AS_OF, type LettersData, SOURCES, seedLetters } from './letters-data.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TARGET_DOCX_MS = 1000;
const TARGET_PDF_MS = 3000;
const out = (line = '') => process.stdout.write(`${line}\n`);

interface Step {
  name: string;
  target?: number;
  run: () => Promise<unknown>;
}

interface StepResult {
  name: string;
  target?: number;
  first: number;
  samples: number[];
}

interface Holdings {
  asks: number;
  cases: number;
  commitments: number;
  sources: number;
  footnotes: number;
  indicators: number;
  figures: number;
  talkingPoints: number;
}

interface Outcome {
  label: string;
  seedSeconds: number;
  holdings: Holdings;
  markdownChars: number;
  steps: StepResult[];
  docxBytes: number;
  pdfBytes: number;
  pdfPages: number;
  sameBytes: boolean;
  loadBefore: string;
  loadAfter: string;
}

/** What the briefing actually draws on, counted from its facts rather than from what was seeded. */
function holdingsOf(briefing: Briefing): Holdings {
  const asks = briefing.countries.flatMap((c) => c.asks);
  return {
    asks: asks.length,
    cases: new Set(asks.flatMap((a) => a.cases.map((c) => c.id))).size,
    commitments: briefing.countries.reduce((n, c) => n + c.commitments.length, 0),
    sources: new Set(briefing.footnotes.map((f) => f.sourceId)).size,
    footnotes: briefing.footnotes.length,
    indicators: briefing.countries.reduce((n, c) => n + c.indicators.length, 0),
    figures: asks.reduce((n, a) => n + a.figures.length, 0),
    talkingPoints: briefing.countries.reduce((n, c) => n + c.talkingPoints.length, 0),
  };
}

/** A benchmark of a briefing that lost its data would measure nothing: say so and stop. */
function assertLanded(label: string, held: Holdings, data: LettersData): void {
  const missing = [
    held.cases !== CASES || data.caseIds.length !== CASES ? `cases ${held.cases}/${CASES}` : '',
    held.commitments !== COMMITMENTS ? `commitments ${held.commitments}/${COMMITMENTS}` : '',
    held.sources !== SOURCES ? `sources ${held.sources}/${SOURCES}` : '',
  ].filter(Boolean);
  if (missing.length > 0) {
    throw new Error(`${label}: the briefing does not hold the seeded data (${missing.join(', ')})`);
  }
}

async function pdfPages(pdf: Buffer): Promise<number> {
  const document = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const pages = document.numPages;
  await document.destroy();
  return pages;
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function measure(bench: BenchDatabase): Promise<Outcome> {
  const loadBefore = loadAverage();
  const seedStart = process.hrtime.bigint();
  const data = await seedLetters(bench.ctx);
  const seedSeconds = Number(process.hrtime.bigint() - seedStart) / 1e9;
  out(`  seeded in ${seedSeconds.toFixed(1)} s; measuring (load average ${loadAverage()})…`);

  const { ctx } = bench;
  const request = { engagementId: data.engagementId, asOf: LETTERS_AS_OF };
  const briefing = await buildBriefing(ctx, request);
  const holdings = holdingsOf(briefing);
  assertLanded(bench.label, holdings, data);
  const markdown = briefingMarkdown(briefing);
  // The meta generateBriefing passes, so the render-only rows render the very same document.
  const meta: RenderMeta = {
    title: briefingTitle(briefing),
    language: briefing.language,
    date: briefing.asOf,
    author: 'Docket',
  };

  // The last output of each step, kept to count its bytes and pages and to compare the two paths.
  const rendered = new Map<string, Buffer>();
  const documentSteps = (format: 'docx' | 'pdf', target: number): Step[] => [
    {
      name: `${format}: renderDocument`,
      run: async () => rendered.set(`${format} render`, await renderDocument(markdown, meta, format)),
    },
    {
      name: `${format}: generateBriefing (whole)`,
      target,
      run: async () =>
        rendered.set(`${format} whole`, (await generateBriefing(ctx, { ...request, format })).body),
    },
  ];
  const steps: Step[] = [
    { name: 'fetch: buildBriefing', run: () => buildBriefing(ctx, request) },
    { name: 'markdown: briefingMarkdown', run: async () => briefingMarkdown(briefing) },
    ...documentSteps('docx', TARGET_DOCX_MS),
    ...documentSteps('pdf', TARGET_PDF_MS),
  ];
  const results: StepResult[] = [];
  for (const step of steps) {
    const first = await timed(step.run);
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) samples.push(await timed(step.run));
    results.push({ name: step.name, target: step.target, first, samples });
  }
  const output = (key: string) => rendered.get(key) ?? Buffer.alloc(0);
  return {
    label: bench.label,
    seedSeconds,
    holdings,
    markdownChars: markdown.length,
    steps: results,
    docxBytes: output('docx whole').length,
    pdfBytes: output('pdf whole').length,
    pdfPages: await pdfPages(output('pdf whole')),
    // Rendering is deterministic, so the whole generation must give the bytes of the render alone.
    sameBytes: (['docx', 'pdf'] as const).every((f) => output(`${f} render`).equals(output(`${f} whole`))),
    loadBefore,
    loadAfter: loadAverage(),
  };
}

const median = (samples: readonly number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const ms = (value: number) => `${value.toFixed(0)} ms`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

function report(outcome: Outcome): void {
  const h = outcome.holdings;
  out();
  out(`== ${outcome.label}`);
  out(
    `briefing holds: ${h.cases} cases in ${h.asks} asks, ${h.commitments} commitments, ${h.sources} sources ` +
      `in ${h.footnotes} footnotes, ${h.indicators} indicators, ${h.figures} figures, ${h.talkingPoints} talking points`,
  );
  out(
    `outputs: Markdown ${outcome.markdownChars} chars; DOCX ${kib(outcome.docxBytes)}; ` +
      `PDF ${kib(outcome.pdfBytes)}, ${outcome.pdfPages} pages; ` +
      `whole generation gives the render's bytes: ${outcome.sameBytes ? 'yes' : 'NO'}`,
  );
  out(`load average ${outcome.loadBefore} before, ${outcome.loadAfter} after (1/5/15 min)`);
  const widths = [32, 12, 12, 12, 12, 10];
  const row = (cells: string[]) => out(cells.map((c, i) => c.padEnd(widths[i] ?? 10)).join(' '));
  row(['step', 'first', 'median', 'max', 'target', 'met']);
  for (const step of outcome.steps) {
    const mid = median(step.samples);
    row([
      step.name,
      ms(step.first),
      ms(mid),
      ms(Math.max(...step.samples)),
      step.target ? `≤ ${step.target} ms` : '',
      step.target ? (mid <= step.target ? 'met' : 'not met') : '',
    ]);
  }
  const fetch = outcome.steps[0];
  if (fetch) {
    const fetchMedian = median(fetch.samples);
    for (const step of outcome.steps.filter((s) => s.target)) {
      const whole = median(step.samples);
      out(
        `  ${step.name}: ${ms(whole)}, of which fetching the data ~${ms(fetchMedian)} ` +
          `(${((fetchMedian / whole) * 100).toFixed(0)}%)`,
      );
    }
  }
}

out(
  `${machineLine()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM; load average ${loadAverage()} (1/5/15 min)`,
);
out(
  `data: 2 countries (KZ, UZ), ${SOURCES} sources, ${CASES} cases in 20 asks, ${COMMITMENTS} commitments, ` +
    `4 events, 2 indicators (seeded); briefing as of ${LETTERS_AS_OF}, internal audience`,
);
out(`runs: 1 warm-up ("first") + ${RUNS} timed per step; BENCH_RUNS sets the count`);
const databases = await openBenchDatabases();
if (databases.length < 2) out('PostgreSQL: skipped (see the line above); SQLite only');
const outcomes: Outcome[] = [];
try {
  for (const bench of databases) {
    out(`seeding ${bench.label}… (load average ${loadAverage()})`);
    outcomes.push(await measure(bench));
  }
} finally {
  for (const bench of databases) await bench.dispose();
}
for (const outcome of outcomes) report(outcome);
out();
out('median and max over the timed runs; "met" compares the median with the target');
