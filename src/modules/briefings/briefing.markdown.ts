import type {
  AskFacts,
  Briefing,
  CaseFacts,
  CommitmentFacts,
  CountryBriefing,
  FigureFacts,
  Footnote,
  IndicatorFacts,
  TalkingPoint,
} from './briefing.schema.ts';
import { footnoteRefs, mdText } from './markdown-text.ts';
import { PHRASES, type Phrases } from './phrases.ts';

/**
 * A briefing as Markdown: one section per country (talking points, priority asks with the cases
 * behind them, figures, indicators, commitments) and the numbered sources as footnotes. Every value
 * comes from the briefing's facts; every sentence from the phrase book.
 */

const cited = (text: string, cites: readonly number[]) => `${text}${footnoteRefs(cites)}`;

function nameOf(p: Phrases, name: string | null): string {
  return name ? mdText(name) : `*${p.labels.withheld}*`;
}

export function talkingPointText(p: Phrases, point: TalkingPoint): string {
  switch (point.rule) {
    case 'open-ask-in-custody':
      return p.point.openAskInCustody(
        nameOf(p, point.victimName),
        mdText(p.status(point.status)),
        mdText(point.askTitle),
        point.firstDeprivedOn ? p.date(point.firstDeprivedOn) : null,
        p.days(point.daysDeprived),
      );
    case 'un-finding-unremedied':
      return p.point.unFinding(
        nameOf(p, point.victimName),
        p.finding(point.body, 'arbitrary', point.opinionNumber),
      );
    case 'overdue-commitment':
      return p.point.overdue(mdText(point.title), p.date(point.deadline));
    case 'broken-commitment':
      return p.point.broken(mdText(point.title), point.ratedOn ? p.date(point.ratedOn) : null);
    case 'figure-disputed':
      return p.point.disputed(
        mdText(point.eventName),
        p.figureKind(point.kind),
        point.values.map((v) => p.number(v)).join(', '),
      );
  }
}

export function figureText(p: Phrases, figure: FigureFacts): string {
  const what = figure.label ? mdText(figure.label) : p.figureKind(figure.kind);
  const main = figure.value === null ? '' : cited(p.qualified(figure.value, figure.qualifier), figure.cites);
  const others = figure.alternatives.map((a) => cited(p.qualified(a.value, a.qualifier), a.cites)).join(', ');
  const values = main && others ? `${main} (${p.labels.alsoReported}: ${others})` : main || others;
  return `${what}: ${values}`;
}

export function sentenceText(p: Phrases, sentence: NonNullable<CaseFacts['sentence']>): string {
  if (sentence.text) return sentence.text;
  const term = sentence.termMonths === null ? '' : p.months(sentence.termMonths);
  return [p.sentenceKind(sentence.custody), term].filter(Boolean).join(', ');
}

function caseRow(p: Phrases, facts: CaseFacts): string {
  const none = p.labels.none;
  const status = [
    p.status(facts.status),
    facts.politicalPrisoner ? cited(p.labels.politicalPrisoner, facts.politicalPrisoner.cites) : '',
  ]
    .filter(Boolean)
    .join('; ');
  const charges = facts.charges.length
    ? facts.charges
        .map((c) => cited(mdText(c.description ? `${c.article} (${c.description})` : c.article), c.cites))
        .join('; ')
    : none;
  const sentence = facts.sentence
    ? cited(mdText(sentenceText(p, facts.sentence)), facts.sentence.cites)
    : none;
  const decisions = facts.unDecisions.length
    ? facts.unDecisions.map((d) => cited(p.finding(d.body, d.finding, d.opinionNumber), d.cites)).join('; ')
    : none;
  const days = facts.daysDeprived.possible > 0 ? p.days(facts.daysDeprived) : none;
  return `| ${cited(nameOf(p, facts.victimName), facts.cites)} | ${status} | ${charges} | ${sentence} | ${days} | ${decisions} |`;
}

function casesTable(p: Phrases, asOf: string, cases: readonly CaseFacts[]): string[] {
  if (cases.length === 0) return [];
  const l = p.labels;
  return [
    `| ${l.person} | ${l.status} (${p.date(asOf)}) | ${l.charges} | ${l.sentence} | ${l.daysDeprived} | ${l.unDecisions} |`,
    '| --- | --- | --- | --- | --- | --- |',
    ...cases.map((c) => caseRow(p, c)),
    '',
  ];
}

function askSection(p: Phrases, asOf: string, ask: AskFacts, index: number): string[] {
  const heading = `**${index + 1}. ${mdText(ask.title)}** — ${p.priority(ask.priority)}; ${p.askStatus(ask.status, ask.statusIsRecorded)}${footnoteRefs(ask.cites)}`;
  const lines = [heading, ''];
  if (ask.description) lines.push(mdText(ask.description), '');
  lines.push(...casesTable(p, asOf, ask.cases));
  const events = [...new Set(ask.figures.map((f) => f.eventName))];
  for (const event of events) {
    lines.push(`${p.labels.figures} — ${mdText(event)}:`, '');
    for (const figure of ask.figures.filter((f) => f.eventName === event))
      lines.push(`- ${figureText(p, figure)}`);
    lines.push('');
  }
  return lines;
}

export function indicatorText(p: Phrases, indicator: IndicatorFacts): string {
  const points = indicator.points.map((point) =>
    cited(`${p.qualified(point.value, point.qualifier)} (${p.date(point.date)})`, point.cites),
  );
  return `${mdText(indicator.name)}: ${points.join('; ')}`;
}

function commitmentRow(p: Phrases, c: CommitmentFacts): string {
  const rating = [
    p.rating(c.rating),
    c.ratedOn ? `(${p.date(c.ratedOn)})` : '',
    c.isOverdue ? `**${p.labels.overdue}**` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const evidence = c.evidence.length
    ? c.evidence.map((e) => cited(mdText(e.summary ?? ''), e.cites)).join('; ')
    : c.rationale
      ? mdText(c.rationale)
      : p.labels.none;
  const made =
    [c.madeBy ? mdText(c.madeBy) : '', c.madeOn ? p.date(c.madeOn) : ''].filter(Boolean).join(', ') ||
    p.labels.none;
  return `| ${mdText(c.title)} | ${made} | ${c.deadline ? p.date(c.deadline) : p.labels.none} | ${rating} | ${evidence} |`;
}

function countrySection(p: Phrases, asOf: string, section: CountryBriefing): string[] {
  const l = p.labels;
  const lines = [`## ${p.country(section.country)}`, ''];
  if (section.talkingPoints.length > 0) {
    lines.push(`### ${l.talkingPoints}`, '');
    for (const point of section.talkingPoints)
      lines.push(`- ${cited(talkingPointText(p, point), point.cites)}`);
    lines.push('');
  }
  lines.push(`### ${l.asks}`, '');
  if (section.asks.length === 0) lines.push(l.noAsks, '');
  section.asks.forEach((ask, i) => {
    lines.push(...askSection(p, asOf, ask, i));
  });
  if (section.indicators.length > 0) {
    lines.push(`### ${l.indicators}`, '');
    for (const indicator of section.indicators) lines.push(`- ${indicatorText(p, indicator)}`);
    lines.push('');
  }
  lines.push(`### ${l.commitments}`, '');
  if (section.commitments.length === 0) lines.push(l.noCommitments, '');
  else {
    lines.push(
      `| ${l.commitment} | ${l.made} | ${l.deadline} | ${l.rating} (${p.date(asOf)}) | ${l.evidence} |`,
      '| --- | --- | --- | --- | --- |',
      ...section.commitments.map((c) => commitmentRow(p, c)),
      '',
    );
  }
  return lines;
}

export function footnoteText(p: Phrases, note: Footnote): string {
  const parts = [
    note.author ? mdText(note.author) : '',
    `*${mdText(note.title)}*`,
    note.publishedOn ? p.date(note.publishedOn) : '',
    note.locator ? mdText(note.locator) : '',
  ].filter(Boolean);
  const text = parts.join(', ');
  return `${text}${text.endsWith('.') ? '' : '.'}${note.url ? ` <${note.url}>` : ''}`;
}

export function footnoteDefinitions(p: Phrases, notes: readonly Footnote[]): string[] {
  return notes.map((note) => `[^${note.number}]: ${footnoteText(p, note)}`);
}

export function briefingTitle(briefing: Briefing): string {
  const p = PHRASES[briefing.language];
  const about = briefing.engagement?.title ?? briefing.countries.map((c) => p.country(c.country)).join(', ');
  return `${p.labels.briefing}: ${about}`;
}

/**
 * Numbers the footnotes a text uses 1, 2, 3… in the order they first appear, and appends their
 * definitions: facts are gathered in one order and shown in another, and a letter cites only a few
 * of the briefing's sources; either way the notes should read in order.
 */
export function numberFootnotesInOrder(markdown: string, briefing: Briefing): string {
  const p = PHRASES[briefing.language];
  const order = new Map<number, number>();
  const body = markdown.replace(/\[\^(\d+)\]/g, (_, n: string) => {
    const old = Number(n);
    let next = order.get(old);
    if (next === undefined) {
      next = order.size + 1;
      order.set(old, next);
    }
    return `[^${next}]`;
  });
  const notes = briefing.footnotes
    .filter((note) => order.has(note.number))
    .map((note) => ({ ...note, number: order.get(note.number) as number }))
    .sort((a, b) => a.number - b.number);
  const definitions = footnoteDefinitions(p, notes);
  return `${body.replace(/\n{3,}/g, '\n\n').trimEnd()}\n${definitions.length ? `\n${definitions.join('\n')}\n` : ''}`;
}

export function briefingMarkdown(briefing: Briefing): string {
  const p = PHRASES[briefing.language];
  const l = p.labels;
  const lines = [
    `# ${mdText(briefingTitle(briefing))}`,
    '',
    `**${l.asOf}:** ${p.date(briefing.asOf)} · **${l.audience}:** ${p.audience(briefing.audience)} · **${l.countries}:** ${briefing.countries.map((c) => p.country(c.country)).join(', ')}`,
    '',
    ...briefing.countries.flatMap((section) => countrySection(p, briefing.asOf, section)),
  ];
  return numberFootnotesInOrder(lines.join('\n'), briefing);
}
