import { figureText, indicatorText, sentenceText } from '../briefings/briefing.markdown.ts';
import type { Briefing, CaseFacts, CountryBriefing } from '../briefings/briefing.schema.ts';
import { footnoteRefs, mdText } from '../briefings/markdown-text.ts';
import { PHRASES, type Phrases } from '../briefings/phrases.ts';
import type { TemplateView } from './letter-template.ts';

/**
 * The values a letter template can use, made from a briefing's facts: each a Markdown-safe
 * string (data escaped, sources as footnote markers), so whatever a template does with them it
 * cannot say more than the data or turn a name into markup.
 */

/** Figures a letter names: the human cost. Briefings list every figure. */
const LETTER_FIGURE_KINDS = new Set(['deaths', 'tortured', 'detained', 'injured']);

export interface LetterAddressee {
  /** The block's lines: name, title, organization, address. */
  lines: string[];
  salutation: string;
}

export interface Signatory {
  organization: string;
  signatory?: string | null;
  title?: string | null;
}

/** "Release Zhanbolat Mamay" → "release Zhanbolat Mamay", but "UN …" and "NGO …" stay. */
function inSentence(title: string): string {
  const [first = '', second = ''] = title;
  return second && second === second.toLowerCase() ? first.toLowerCase() + title.slice(1) : title;
}

const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function personSentence(p: Phrases, asOf: string, facts: CaseFacts): string {
  const name = facts.victimName ? mdText(facts.victimName) : `*${p.labels.withheld}*`;
  const pp = facts.politicalPrisoner
    ? `, ${p.labels.politicalPrisoner}${footnoteRefs(facts.politicalPrisoner.cites)}`
    : '';
  const parts: string[] = [];
  const days = p.days(facts.daysDeprived);
  if (facts.status !== 'released') parts.push(p.letter.asOf(p.status(facts.status), p.date(asOf)));
  if (facts.firstDeprivedOn) parts.push(p.letter.detainedSince(p.date(facts.firstDeprivedOn)));
  if (facts.sentence) {
    parts.push(
      `${p.labels.sentence.toLowerCase()}: ${mdText(sentenceText(p, facts.sentence))}${footnoteRefs(facts.sentence.cites)}`,
    );
  }
  if (facts.releasedOn) parts.push(p.letter.heldUntil(p.date(facts.releasedOn), days));
  else if (facts.daysDeprived.possible > 0) parts.push(p.letter.daysInAll(days));
  const decisions = facts.unDecisions.map(
    (d) => `${sentenceCase(p.finding(d.body, d.finding, d.opinionNumber))}${footnoteRefs(d.cites)}.`,
  );
  return [p.letter.person(`${name}${pp}`, parts.join('; ')) + footnoteRefs(facts.cites), ...decisions].join(
    ' ',
  );
}

function countryView(p: Phrases, asOf: string, section: CountryBriefing) {
  const figures = section.asks.flatMap((ask) => ask.figures).filter((f) => LETTER_FIGURE_KINDS.has(f.kind));
  const events = [...new Set(figures.map((f) => f.eventName))];
  const people = new Map<string, CaseFacts>();
  for (const facts of section.asks.flatMap((ask) => ask.cases)) people.set(facts.id, facts);
  const trends = section.indicators.filter((i) => i.unit === 'persons' && i.points.length > 0);
  const commitments = section.commitments.map((c) =>
    p.letter.commitment(
      mdText(c.title),
      c.madeOn ? p.date(c.madeOn) : null,
      `${p.rating(c.rating)}${c.isOverdue ? `, ${p.labels.overdue}` : ''}${footnoteRefs(c.evidence.flatMap((e) => e.cites))}`,
    ),
  );
  return {
    name: p.country(section.country),
    code: section.country,
    asks: p.letter.series(
      section.asks.map((ask) => `${mdText(inSentence(ask.title))}${footnoteRefs(ask.cites)}`),
    ),
    figures: events
      .map((event) =>
        p.letter.eventFigures(
          mdText(event),
          figures
            .filter((f) => f.eventName === event)
            .map((f) => figureText(p, f))
            .join('; '),
        ),
      )
      .join(' '),
    trends: trends.map((i) => `${indicatorText(p, i)}.`).join(' '),
    people: [...people.values()].map((facts) => personSentence(p, asOf, facts)).join('\n\n'),
    commitments: commitments.length ? p.letter.commitments(p.date(asOf), p.letter.series(commitments)) : '',
  };
}

export function signatoriesBlock(p: Phrases, signatories: readonly Signatory[], anonymous: number): string {
  if (signatories.length === 0 && anonymous === 0) return p.letter.noSignatories;
  const lines = signatories.map((s) =>
    [s.organization, s.signatory, s.title]
      .filter((part): part is string => Boolean(part))
      .map(mdText)
      .join(', '),
  );
  if (anonymous > 0) lines.push(p.letter.anonymous(anonymous));
  return lines.join('  \n');
}

/** The default addressee: the delegation's lead participant, as the engagement records them. */
export function defaultAddressee(briefing: Briefing): LetterAddressee {
  const lead = briefing.engagement?.addressee;
  const lines = [lead?.name, lead?.role, lead?.organization].filter((line): line is string => Boolean(line));
  return { lines, salutation: lead?.name ?? '' };
}

export function letterView(
  briefing: Briefing,
  addressee: LetterAddressee,
  signatories: readonly Signatory[] = [],
  anonymousSignatories = 0,
): TemplateView {
  const p = PHRASES[briefing.language];
  const countries = briefing.countries.map((section) => countryView(p, briefing.asOf, section));
  return {
    date: p.date(briefing.asOf),
    addressee: addressee.lines.map(mdText).join('  \n'),
    salutation: mdText(addressee.salutation),
    countryNames: p.list(countries.map((c) => c.name)),
    engagement: briefing.engagement ? mdText(briefing.engagement.title) : '',
    places: p.list(briefing.engagement?.places.map(mdText) ?? []),
    countries,
    signatories: signatoriesBlock(p, signatories, anonymousSignatories),
  };
}
