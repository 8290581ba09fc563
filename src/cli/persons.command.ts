import type { Command } from 'commander';
import type { Config } from '../config.ts';
import { displayName } from '../core/name.schema.ts';
import { formatPartialDate } from '../core/partial-date.ts';
import { citationKind, listCitations } from '../modules/citations/citation.operations.ts';
import { getPerson, listPersons, personKind } from '../modules/persons/person.operations.ts';
import type { Person } from '../modules/persons/person.schema.ts';
import { disclose } from '../modules/records/disclosure.ts';
import { listRecordRevisions } from '../modules/records/record.operations.ts';
import { withOperatorContext } from '../runtime.ts';
import { type AudienceOptions, addAudienceOptions, audienceContext } from './audience.ts';
import { table } from './output.ts';

interface ListOptions {
  query?: string;
  occupation?: string;
  gender?: string;
  limit: string;
  cursor?: string;
  includeDeleted?: boolean;
  json?: boolean;
}

export function registerPersonCommands(program: Command, config: () => Config): void {
  const persons = program
    .command('persons')
    .description('Persons: victims, defendants, witnesses, officials');

  const list = persons
    .command('list')
    .description('List persons, optionally searching their names in any script')
    .option('-q, --query <text>', 'part of any name, any script, any case')
    .option('--occupation <occupation>', 'only persons with this occupation (e.g. journalist)')
    .option('--gender <gender>', 'female, male, other or unknown')
    .option('--limit <n>', 'how many to show', '50')
    .option('--cursor <cursor>', 'continue after a previous page')
    .option('--include-deleted', 'also list deleted persons')
    .option('--json', 'print JSON instead of a table');
  addAudienceOptions(list).action((options: ListOptions & AudienceOptions) =>
    withOperatorContext(config(), async (operatorCtx) => {
      const ctx = await audienceContext(operatorCtx, options);
      const listed = await listPersons(ctx, {
        q: options.query,
        occupation: options.occupation,
        gender: options.gender,
        limit: options.limit,
        cursor: options.cursor,
        includeDeleted: options.includeDeleted ? 'true' : undefined,
      });
      const page = { ...listed, items: (await disclose(ctx, personKind, listed.items)) as Person[] };
      if (options.json) {
        process.stdout.write(`${JSON.stringify(page, null, 2)}\n`);
        return;
      }
      if (page.items.length === 0) {
        process.stdout.write(
          options.query ? `No person has a name containing "${options.query}".\n` : 'No persons yet.\n',
        );
        return;
      }
      const rows = page.items.map((p) => [
        p.id,
        nameOf(p),
        otherNames(p),
        p.birthDate ?? '',
        p.occupations.join(', '),
      ]);
      process.stdout.write(`${table([['ID', 'NAME', 'ALSO KNOWN AS', 'BORN', 'OCCUPATIONS'], ...rows])}\n`);
      if (page.nextCursor) process.stdout.write(`\nMore: docket persons list --cursor ${page.nextCursor}\n`);
    }),
  );

  const show = persons
    .command('show')
    .description('Show one person with names, citations and history')
    .argument('<id>', 'the person id')
    .option('--json', 'print JSON');
  addAudienceOptions(show).action((id: string, options: { json?: boolean } & AudienceOptions) =>
    withOperatorContext(config(), async (operatorCtx) => {
      const ctx = await audienceContext(operatorCtx, options);
      const stored = await getPerson(ctx, id, { includeDeleted: true });
      const [person] = (await disclose(ctx, personKind, [stored])) as ShownPerson[];
      if (!person) return;
      const listed = await listCitations(ctx, { recordType: 'person', recordId: id, limit: 200 });
      const citations = { items: await disclose(ctx, citationKind, listed.items) };
      // The public's view has no history.
      const revisions = person.abilities.publicView ? [] : await listRecordRevisions(ctx, personKind, id);
      if (options.json) {
        process.stdout.write(
          `${JSON.stringify({ person, citations: citations.items, revisions }, null, 2)}\n`,
        );
        return;
      }
      process.stdout.write(`${describePerson(person, citations.items.length, revisions.length)}\n`);
      for (const c of citations.items) {
        const text = c.quote ? `"${c.quote}"` : `(summary) ${c.summary ?? ''}`;
        process.stdout.write(
          `  cites ${c.field ?? 'the record'}: source ${c.sourceId}${c.locator ? `, ${c.locator}` : ''} — ${text}\n`,
        );
      }
    }),
  );
}

/** The names are null where redaction withholds them. */
function nameOf(person: Person): string {
  return person.names ? displayName(person.names) : '[name withheld]';
}

function otherNames(person: Person): string {
  if (!person.names) return '';
  const primary = displayName(person.names);
  return person.names
    .map((n) => n.text)
    .filter((t) => t !== primary)
    .join('; ');
}

type ShownPerson = Person & { redacted: string[]; abilities: { publicView: boolean } };

function describePerson(person: ShownPerson, citationCount: number, revisionCount: number): string {
  const lines = [
    `${nameOf(person)}${person.deletedAt ? '  [deleted]' : ''}`,
    `  id          ${person.id}${person.ref ? `  (ref ${person.ref})` : ''}`,
    ...(person.names ?? []).map(
      (n) => `  name        ${n.text}  [${n.kind}, ${n.script}${n.language ? `, ${n.language}` : ''}]`,
    ),
    `  born        ${person.birthDate ? formatPartialDate(person.birthDate) : 'not recorded'}`,
    `  gender      ${person.gender ?? 'not recorded'}`,
    `  occupations ${person.occupations.join(', ') || 'none recorded'}`,
    `  consent     ${person.consentBasis}`,
    `  sensitivity ${person.sensitivity}${person.isPublished ? ', published' : ''}`,
    `  version     ${person.version}, ${revisionCount} revision(s), updated ${person.updatedAt} by ${person.updatedBy}`,
    `  citations   ${citationCount}`,
    ...(person.whereabouts ? [`  whereabouts ${person.whereabouts}`] : []),
    ...(person.contacts?.length
      ? [`  contacts    ${person.contacts.map((c) => `${c.kind} ${c.value}`).join('; ')}`]
      : []),
    ...(person.redacted.length ? [`  withheld    ${person.redacted.join(', ')}`] : []),
  ];
  return lines.join('\n');
}
