import { z } from 'zod';
import { inTransaction, nowIso, type OperationContext } from '../../core/context.ts';
import { DocketError, forbidden, notFound, versionConflict } from '../../core/errors.ts';
import { newId } from '../../core/ids.ts';
import { parseInput } from '../../core/validation.ts';
import { readJson, writeJson } from '../../db/codec.ts';
import { sha256Of } from '../../db/file-store.ts';
import { OUTPUT_CONTENT_TYPES, OUTPUT_EXTENSIONS, renderDocument } from '../../render/render.ts';
import { appendAudit } from '../audit/audit.store.ts';
import { documentFormatSchema, type GeneratedDocument } from '../briefings/briefing-output.ts';
import { callerOf } from '../records/record-access.ts';
import { draftLetter } from './letter.operations.ts';
import { canDraftLetters, type LetterAbilities, letterAbilities } from './letter.policy.ts';
import { type Letter, saveVersionSchema } from './letter.schema.ts';
import { bumpLetter, type LetterState, loadLetterState, signedVersion, versionText } from './letter.store.ts';
import { standings } from './sign-on.ts';

/**
 * Letters kept in Docket: drafted from the data as version 1, edited into new versions (none is
 * ever changed or lost), circulated for sign-on and frozen (see `sign-on.operations.ts`). Every
 * step is audited with the letter's id, never its text.
 */

export function abilitiesFor(ctx: OperationContext, state: LetterState): LetterAbilities {
  return letterAbilities(callerOf(ctx), {
    ownerOrgId: state.row.owner_org_id,
    status: state.row.status as 'draft' | 'circulating' | 'final',
    recipientOrgIds: state.recipients.map((r) => r.orgId),
  });
}

/** The letter as the caller may see it; a letter it may not read does not exist for it. */
export async function readableLetter(ctx: OperationContext, id: string) {
  const state = await loadLetterState(ctx.db, id);
  const can = state ? abilitiesFor(ctx, state) : null;
  if (!state || !can?.read) throw notFound('letter', id);
  return { state, can };
}

export async function managedLetter(ctx: OperationContext, id: string, version: number) {
  const { state, can } = await readableLetter(ctx, id);
  if (!can.manage) throw forbidden('Only writers of the organization that drafted the letter may change it');
  if (state.row.status === 'final') {
    throw new DocketError({
      type: 'version-conflict',
      title: 'The letter is final',
      detail: `The letter was frozen with SHA-256 ${state.row.final_sha256}; it cannot change.`,
      extensions: { currentVersion: state.row.version },
    });
  }
  if (state.row.version !== version) throw versionConflict('letter', id, version, state.row.version);
  return state;
}

export async function presentLetter(
  ctx: OperationContext,
  state: LetterState,
  can: LetterAbilities,
): Promise<Letter> {
  const current = state.versions.at(-1)?.number ?? 1;
  const orgName = new Map(state.recipients.map((r) => [r.orgId, r.orgName]));
  const all = standings(
    state.recipients.map((r) => r.orgId),
    state.decisions,
    signedVersion(state),
  ).map((s) => ({ ...s, orgName: orgName.get(s.orgId) ?? '' }));
  const own = ctx.actor.orgId;
  return {
    id: state.row.id,
    title: state.row.title,
    language: state.row.language,
    engagementId: state.row.engagement_id,
    status: state.row.status as Letter['status'],
    deadline: state.row.deadline,
    asOf: String(state.request.asOf ?? ''),
    audience: String(state.request.audience ?? 'internal'),
    draftedFor: can.manage ? ((state.request.recipientOrgIds as string[] | undefined) ?? []) : [],
    version: state.row.version,
    currentVersion: current,
    markdown: (await versionText(ctx.db, state.row.id, current)) ?? '',
    versions: can.manage ? state.versions : [],
    standings: can.manage ? all : all.filter((s) => s.orgId === own),
    finalSha256: state.row.final_sha256,
    finalSignatories: (readJson(state.row.final_signatories) ?? null) as Letter['finalSignatories'],
    abilities: can,
    createdAt: state.row.created_at,
    updatedAt: state.row.updated_at,
  };
}

export async function getLetter(ctx: OperationContext, id: string): Promise<Letter> {
  const { state, can } = await readableLetter(ctx, id);
  return presentLetter(ctx, state, can);
}

/** Drafts a letter from the data and keeps it as version 1, owned by the author's organization. */
export async function createLetter(ctx: OperationContext, input: unknown): Promise<Letter> {
  if (!canDraftLetters(callerOf(ctx))) throw forbidden('Only writers may draft letters');
  const draft = await draftLetter(ctx, input);
  const id = newId();
  await inTransaction(ctx, async (trx) => {
    const now = nowIso(trx);
    await trx.db
      .insertInto('letters')
      .values({
        id,
        owner_org_id: trx.actor.kind === 'user' ? (trx.actor.orgId ?? null) : null,
        engagement_id: draft.request.engagementId ?? null,
        title: draft.title,
        language: draft.language,
        request: writeJson(draft.request),
        status: 'draft',
        deadline: null,
        final_sha256: null,
        final_signatories: null,
        version: 1,
        created_at: now,
        created_by: trx.actor.id,
        updated_at: now,
      })
      .execute();
    await insertVersion(trx, id, 1, draft.markdown, `Drafted from the data as of ${draft.asOf}`);
    await appendAudit(trx, [
      {
        action: 'letter.create',
        targetType: 'letter',
        targetId: id,
        detail: { audience: draft.request.audience },
      },
    ]);
  });
  return getLetter(ctx, id);
}

export async function insertVersion(
  ctx: OperationContext,
  letterId: string,
  number: number,
  markdown: string,
  note: string | null,
): Promise<string> {
  const sha256 = sha256Of(markdown);
  await ctx.db
    .insertInto('letter_versions')
    .values({
      letter_id: letterId,
      number,
      markdown,
      sha256,
      note,
      created_at: nowIso(ctx),
      created_by: ctx.actor.id,
    })
    .execute();
  return sha256;
}

/** Keeps an edited text as the next version; recipients who signed an earlier one must confirm again. */
export async function saveLetterVersion(ctx: OperationContext, id: string, input: unknown): Promise<Letter> {
  const body = parseInput(saveVersionSchema, input);
  await inTransaction(ctx, async (trx) => {
    const state = await managedLetter(trx, id, body.version);
    const next = (state.versions.at(-1)?.number ?? 0) + 1;
    if (!(await bumpLetter(trx.db, id, body.version, { updated_at: nowIso(trx) }))) {
      throw versionConflict('letter', id, body.version, body.version + 1);
    }
    await insertVersion(trx, id, next, `${body.markdown.replace(/\s+$/, '')}\n`, body.note ?? null);
    await appendAudit(trx, [
      { action: 'letter.version', targetType: 'letter', targetId: id, detail: { number: next } },
    ]);
  });
  return getLetter(ctx, id);
}

/** One version's text, for those who manage the letter (recipients see the current one only). */
export async function getLetterVersion(
  ctx: OperationContext,
  id: string,
  number: number,
): Promise<{ number: number; markdown: string; sha256: string }> {
  const { state, can } = await readableLetter(ctx, id);
  const current = state.versions.at(-1)?.number;
  if (!can.manage && number !== current) throw notFound('letter version', `${id}/${number}`);
  const markdown = await versionText(ctx.db, id, number);
  const summary = state.versions.find((v) => v.number === number);
  if (markdown === undefined || !summary) throw notFound('letter version', `${id}/${number}`);
  return { number, markdown, sha256: summary.sha256 };
}

/** The letters the caller may read, most recently changed first. */
export async function listLetters(
  ctx: OperationContext,
  input: { engagementId?: string } = {},
): Promise<Letter[]> {
  let query = ctx.db
    .selectFrom('letters')
    .select('id')
    .orderBy('updated_at', 'desc')
    .orderBy('id')
    .limit(500);
  if (input.engagementId) query = query.where('engagement_id', '=', input.engagementId);
  const letters: Letter[] = [];
  for (const { id } of await query.execute()) {
    const state = await loadLetterState(ctx.db, id);
    if (!state) continue;
    const can = abilitiesFor(ctx, state);
    if (can.read) letters.push(await presentLetter(ctx, state, can));
  }
  return letters;
}

/** A kept letter's version (the latest by default) as a file; dated by the day it was drafted as of. */
export async function exportLetter(
  ctx: OperationContext,
  id: string,
  input: { format?: string; version?: number },
): Promise<GeneratedDocument> {
  const format = parseInput(z.object({ format: documentFormatSchema.default('md') }), {
    format: input.format,
  }).format;
  const { state } = await readableLetter(ctx, id);
  const number = input.version ?? state.versions.at(-1)?.number ?? 1;
  const { markdown } = await getLetterVersion(ctx, id, number);
  const asOf = String(state.request.asOf ?? state.row.created_at.slice(0, 10));
  const body = await renderDocument(
    markdown,
    { title: state.row.title, language: state.row.language, date: asOf, author: 'Docket' },
    format,
  );
  await appendAudit(ctx, [
    { action: 'letter.export', targetType: 'letter', targetId: id, detail: { format, version: number } },
  ]);
  return {
    fileName: `letter-${asOf}-v${number}${OUTPUT_EXTENSIONS[format]}`,
    contentType: OUTPUT_CONTENT_TYPES[format],
    body,
    format,
  };
}
