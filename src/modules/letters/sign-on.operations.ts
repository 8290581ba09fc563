import { inTransaction, nowIso, type OperationContext } from '../../core/context.ts';
import { DocketError, forbidden, notFound, validationError, versionConflict } from '../../core/errors.ts';
import { newId } from '../../core/ids.ts';
import { parseInput } from '../../core/validation.ts';
import { writeJson } from '../../db/codec.ts';
import { hashSecret, newSessionToken } from '../access/secret-tokens.ts';
import { existingOrgs } from '../access/user.store.ts';
import { appendAudit } from '../audit/audit.store.ts';
import type { DocumentLanguage } from '../briefings/briefing.schema.ts';
import { PHRASES } from '../briefings/phrases.ts';
import { circulateSchema, decisionSchema, finalizeSchema, type Letter } from './letter.schema.ts';
import { bumpLetter, type LetterState, loadLetterState, signedVersion, versionText } from './letter.store.ts';
import { signatoriesBlock } from './letter-view.ts';
import { getLetter, insertVersion, managedLetter, readableLetter } from './letter-workflow.operations.ts';
import { isOpen, type OrgStanding, type SignatoryList, signatoriesOf, standings } from './sign-on.ts';

/**
 * Sign-on: a letter circulated to partner organizations (each with a link of its own that works
 * until the deadline, or through their members' accounts), their decisions, and the final version
 * frozen with its SHA-256 and signatories.
 */

/**
 * A letter may go only to readers it was drafted for: a partner letter to the organizations named
 * when it was drafted, whose common view it shows; a public one to anyone. An internal letter would
 * show partners what their grants do not.
 */
function checkAudience(state: LetterState, orgIds: readonly string[]): void {
  const audience = state.request.audience;
  if (audience === 'public') return;
  const drafted = new Set((state.request.recipientOrgIds as string[] | undefined) ?? []);
  const outside = orgIds
    .map((id, i) => ({ id, i }))
    .filter(({ id }) => audience !== 'partner' || !drafted.has(id));
  if (outside.length === 0) return;
  throw validationError(
    outside.map(({ i }) => ({
      path: `orgIds.${i}`,
      message:
        audience === 'partner'
          ? 'the letter was not drafted for this organization: draft it again with it among the recipients'
          : `the letter was drafted for ${String(audience)} readers: draft it for partners (naming them) or the public to circulate it`,
    })),
    'The letter may show these organizations what they may not see',
  );
}

/** Circulates the letter: each organization gets a new link (shown once here) valid until the deadline. */
export async function circulateLetter(
  ctx: OperationContext,
  id: string,
  input: unknown,
): Promise<{ letter: Letter; links: Array<{ orgId: string; orgName: string; token: string }> }> {
  const body = parseInput(circulateSchema, input);
  const links = await inTransaction(ctx, async (trx) => {
    const state = await managedLetter(trx, id, body.version);
    checkAudience(state, body.orgIds);
    if (body.deadline < nowIso(trx).slice(0, 10)) {
      throw validationError([{ path: 'deadline', message: 'must be today or later' }]);
    }
    const orgs = await existingOrgs(trx.db, body.orgIds, 'orgIds');
    const made: Array<{ orgId: string; orgName: string; token: string }> = [];
    for (const org of orgs) {
      const token = newSessionToken();
      // A new link replaces the old one: a link sent to the wrong person is revoked by circulating again.
      await trx.db
        .deleteFrom('letter_recipients')
        .where('letter_id', '=', id)
        .where('org_id', '=', org.id)
        .execute();
      await trx.db
        .insertInto('letter_recipients')
        .values({ letter_id: id, org_id: org.id, link_hash: hashSecret(token), invited_at: nowIso(trx) })
        .execute();
      made.push({ orgId: org.id, orgName: org.name, token });
    }
    if (
      !(await bumpLetter(trx.db, id, body.version, {
        status: 'circulating',
        deadline: body.deadline,
        updated_at: nowIso(trx),
      }))
    ) {
      throw versionConflict('letter', id, body.version, body.version + 1);
    }
    await appendAudit(trx, [
      {
        action: 'letter.circulate',
        targetType: 'letter',
        targetId: id,
        detail: { organizations: orgs.length, deadline: body.deadline },
      },
    ]);
    return made.sort((a, b) => a.orgName.localeCompare(b.orgName));
  });
  return { letter: await getLetter(ctx, id), links };
}

type Decision = ReturnType<typeof decisionSchema.parse>;

/** Records an organization's decision on the version now circulated, while sign-on is open. */
async function decide(
  ctx: OperationContext,
  state: LetterState,
  orgId: string,
  body: Decision,
  decidedBy: string,
): Promise<void> {
  if (state.row.status !== 'circulating' || !isOpen(state.row.deadline, ctx.clock())) {
    throw new DocketError({
      type: 'version-conflict',
      title: 'Sign-on is closed',
      detail:
        state.row.status === 'final'
          ? 'The letter is final.'
          : `Sign-on closed at the end of ${state.row.deadline ?? 'its deadline'}.`,
      extensions: { currentVersion: state.row.version },
    });
  }
  const current = state.versions.at(-1)?.number ?? 1;
  const [standing] = standings([orgId], state.decisions, current);
  if (
    body.decision === 'withdrawn' &&
    !['signed', 'signed-anonymously', 'needs-confirmation'].includes(standing?.standing ?? '')
  ) {
    throw validationError([{ path: 'decision', message: 'there is no signature to withdraw' }]);
  }
  const org = await ctx.db.selectFrom('orgs').select('name').where('id', '=', orgId).executeTakeFirst();
  await inTransaction(ctx, async (trx) => {
    await trx.db
      .insertInto('letter_decisions')
      .values({
        id: newId(),
        letter_id: state.row.id,
        org_id: orgId,
        version_number: current,
        decision: body.decision,
        organization_name: body.decision === 'signed' ? (body.organizationName ?? org?.name ?? null) : null,
        signatory: body.decision === 'signed' ? (body.signatory ?? null) : null,
        signatory_title: body.decision === 'signed' ? (body.title ?? null) : null,
        decided_at: nowIso(trx),
        decided_by: decidedBy,
      })
      .execute();
    await appendAudit(trx, [
      {
        action: 'letter.decide',
        targetType: 'letter',
        targetId: state.row.id,
        detail: { decision: body.decision, organization: orgId, version: current },
      },
    ]);
  });
}

/** A recipient organization's member decides for it. */
export async function decideOnLetter(ctx: OperationContext, id: string, input: unknown): Promise<Letter> {
  const body = parseInput(decisionSchema, input);
  const { state, can } = await readableLetter(ctx, id);
  const orgId = ctx.actor.orgId;
  if (!can.decide || !orgId)
    throw forbidden('Only members of an organization the letter was sent to may sign it');
  await decide(ctx, state, orgId, body, ctx.actor.id);
  return getLetter(ctx, id);
}

async function byLink(ctx: OperationContext, token: string) {
  const recipient = await ctx.db
    .selectFrom('letter_recipients')
    .innerJoin('orgs', 'orgs.id', 'letter_recipients.org_id')
    .select(['letter_recipients.letter_id', 'letter_recipients.org_id', 'orgs.name'])
    .where('letter_recipients.link_hash', '=', hashSecret(token))
    .executeTakeFirst();
  const state = recipient ? await loadLetterState(ctx.db, recipient.letter_id) : undefined;
  // A link stops working after its deadline: it then says no more than an unknown one.
  if (
    !recipient ||
    !state ||
    (state.row.status === 'circulating' && !isOpen(state.row.deadline, ctx.clock()))
  ) {
    throw notFound('sign-on link', '(given)');
  }
  return { state, orgId: recipient.org_id, orgName: recipient.name };
}

function standingView(state: LetterState, orgId: string, orgName: string): OrgStanding & { orgName: string } {
  const [standing] = standings([orgId], state.decisions, signedVersion(state));
  return { ...(standing as OrgStanding), orgName };
}

/** What a sign-on link shows: the letter as circulated and the organization's own standing. */
export async function signOnView(ctx: OperationContext, token: string) {
  const { state, orgId, orgName } = await byLink(ctx, token);
  const current = state.versions.at(-1)?.number ?? 1;
  return {
    letterId: state.row.id,
    title: state.row.title,
    language: state.row.language,
    markdown: (await versionText(ctx.db, state.row.id, current)) ?? '',
    versionNumber: current,
    deadline: state.row.deadline,
    isOpen: state.row.status === 'circulating' && isOpen(state.row.deadline, ctx.clock()),
    status: state.row.status as Letter['status'],
    orgName,
    standing: standingView(state, orgId, orgName),
  };
}

export async function decideByLink(ctx: OperationContext, token: string, input: unknown) {
  const body = parseInput(decisionSchema, input);
  const { state, orgId } = await byLink(ctx, token);
  await decide(ctx, state, orgId, body, `link:${orgId}`);
  return signOnView(ctx, token);
}

/**
 * The letter's text with its signatories in place of the template's "added as organizations sign
 * on" line, or before the notes when an editor removed that line.
 */
export function withSignatories(markdown: string, language: string, signatories: SignatoryList): string {
  const p = PHRASES[(language in PHRASES ? language : 'en') as DocumentLanguage];
  const block = signatoriesBlock(p, signatories.named, signatories.anonymous);
  if (markdown.includes(p.letter.noSignatories)) return markdown.replace(p.letter.noSignatories, block);
  const notes = markdown.search(/^\[\^\d+\]:/m);
  if (notes === -1) return `${markdown.trimEnd()}\n\n${block}\n`;
  return `${markdown.slice(0, notes).trimEnd()}\n\n${block}\n\n${markdown.slice(notes)}`;
}

/** Freezes the letter: its signatories written in, the text kept as the last version with its SHA-256. */
export async function finalizeLetter(ctx: OperationContext, id: string, input: unknown): Promise<Letter> {
  const body = parseInput(finalizeSchema, input);
  await inTransaction(ctx, async (trx) => {
    const state = await managedLetter(trx, id, body.version);
    if (state.row.status !== 'circulating') {
      throw validationError([
        { path: 'version', message: 'circulate the letter for sign-on before freezing it' },
      ]);
    }
    const current = state.versions.at(-1)?.number ?? 1;
    const signatories = signatoriesOf(
      standings(
        state.recipients.map((r) => r.orgId),
        state.decisions,
        current,
      ),
    );
    const markdown = withSignatories(
      (await versionText(trx.db, id, current)) ?? '',
      state.row.language,
      signatories,
    );
    const sha256 = await insertVersion(trx, id, current + 1, markdown, 'Final');
    if (
      !(await bumpLetter(trx.db, id, body.version, {
        status: 'final',
        final_sha256: sha256,
        final_signatories: writeJson(signatories),
        updated_at: nowIso(trx),
      }))
    ) {
      throw versionConflict('letter', id, body.version, body.version + 1);
    }
    await appendAudit(trx, [
      {
        action: 'letter.finalize',
        targetType: 'letter',
        targetId: id,
        detail: { sha256, signatories: signatories.named.length, anonymous: signatories.anonymous },
      },
    ]);
  });
  return getLetter(ctx, id);
}
