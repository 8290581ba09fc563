import type { Command } from 'commander';
import type { Config } from '../config.ts';
import { displayName } from '../core/name.schema.ts';
import { formatPartialDate } from '../core/partial-date.ts';
import { listCitations } from '../modules/citations/citation.operations.ts';
import { getPerson, listPersons, personKind } from '../modules/persons/person.operations.ts';
import type { Person } from '../modules/persons/person.schema.ts';
import { listRecordRevisions } from '../modules/records/record.operations.ts';
import { withOperatorContext } from '../runtime.ts';
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

  persons
    .command('list')
    .description('List persons, optionally searching their names in any script')
    .option('-q, --query <text>', 'part of any name, any script, any case')
    .option('--occupation <occupation>', 'only persons with this occupation (e.g. journalist)')
    .option('--gender <gender>', 'female, male, other or unknown')
    .option('--limit <n>', 'how many to show', '50')
    .option('--cursor <cursor>', 'continue after a previous page')
    .option('--include-deleted', 'also list deleted persons')
    .option('--json', 'print JSON instead of a table')
    .action((options: ListOptions) =>
      withOperatorContext(config(), async (ctx) => {
        const page = await listPersons(ctx, {
          q: options.query,
          occupation: options.occupation,
          gender: options.gender,
          limit: options.limit,
          cursor: options.cursor,
          includeDeleted: options.includeDeleted ? 'true' : undefined,
        });
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
          displayName(p.names),
          otherNames(p),
          p.birthDate ?? '',
          p.occupations.join(', '),
        ]);
        process.stdout.write(`${table([['ID', 'NAME', 'ALSO KNOWN AS', 'BORN', 'OCCUPATIONS'], ...rows])}\n`);
        if (page.nextCursor)
          process.stdout.write(`\nMore: docket persons list --cursor ${page.nextCursor}\n`);
      }),
    );

  persons
    .command('show')
    .description('Show one person with names, citations and history')
    .argument('<id>', 'the person id')
    .option('--json', 'print JSON')
    .action((id: string, options: { json?: boolean }) =>
      withOperatorContext(config(), async (ctx) => {
        const person = await getPerson(ctx, id, { includeDeleted: true });
        const citations = await listCitations(ctx, { recordType: 'person', recordId: id, limit: 200 });
        const revisions = await listRecordRevisions(ctx, personKind, id);
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

function otherNames(person: Person): string {
  const primary = displayName(person.names);
  return person.names
    .map((n) => n.text)
    .filter((t) => t !== primary)
    .join('; ');
}

function describePerson(person: Person, citationCount: number, revisionCount: number): string {
  const lines = [
    `${displayName(person.names)}${person.deletedAt ? '  [deleted]' : ''}`,
    `  id          ${person.id}${person.ref ? `  (ref ${person.ref})` : ''}`,
    ...person.names.map(
      (n) => `  name        ${n.text}  [${n.kind}, ${n.script}${n.language ? `, ${n.language}` : ''}]`,
    ),
    `  born        ${person.birthDate ? formatPartialDate(person.birthDate) : 'not recorded'}`,
    `  gender      ${person.gender ?? 'not recorded'}`,
    `  occupations ${person.occupations.join(', ') || 'none recorded'}`,
    `  consent     ${person.consentBasis}`,
    `  sensitivity ${person.sensitivity}${person.isPublished ? ', published' : ''}`,
    `  version     ${person.version}, ${revisionCount} revision(s), updated ${person.updatedAt} by ${person.updatedBy}`,
    `  citations   ${citationCount}`,
  ];
  return lines.join('\n');
}
