import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { anonymous, type OperationContext } from '../core/context.ts';
import type { Keyring } from '../core/secret-box.ts';
import { type DocketDatabase, databaseVersion, pendingMigrations } from '../db/database.ts';
import type { FileStore } from '../db/file-store.ts';
import { registerAdminRoutes } from '../modules/access/admin.routes.ts';
import { registerAuthRoutes } from '../modules/access/auth.routes.ts';
import { registerOrgDirectoryRoute } from '../modules/access/org-directory.ts';
import { askRoutes } from '../modules/asks/ask.routes.ts';
import { appendAudit } from '../modules/audit/audit.store.ts';
import { registerBriefingRoutes } from '../modules/briefings/briefing.routes.ts';
import { caseRoutes } from '../modules/cases/case.routes.ts';
import { citableKinds } from '../modules/citations/citable-kinds.ts';
import { citationKind } from '../modules/citations/citation.operations.ts';
import { citationRoutes } from '../modules/citations/citation.routes.ts';
import { commitmentRoutes } from '../modules/commitments/commitment.routes.ts';
import { registerDocumentRoutes } from '../modules/documents/document.routes.ts';
import { ExtractionPool } from '../modules/documents/extraction-pool.ts';
import { registerIngestBatchRoutes } from '../modules/documents/ingest-batch.routes.ts';
import { registerRedactionRoutes } from '../modules/documents/redaction/redaction.routes.ts';
import { engagementRoutes } from '../modules/engagements/engagement.routes.ts';
import { eventRoutes } from '../modules/events/event.routes.ts';
import { registerExportRoutes } from '../modules/export/export.routes.ts';
import { registerImportRoutes } from '../modules/import/import.routes.ts';
import { indicatorRoutes } from '../modules/indicators/indicator.routes.ts';
import { interventionRoutes } from '../modules/interventions/intervention.routes.ts';
import { legalInstrumentRoutes } from '../modules/legal-instruments/legal-instrument.routes.ts';
import { registerLetterRoutes } from '../modules/letters/letter.routes.ts';
import { organizationRoutes } from '../modules/organizations/organization.routes.ts';
import { personRoutes } from '../modules/persons/person.routes.ts';
import { proceedingRoutes } from '../modules/proceedings/proceeding.routes.ts';
import { registerPurgeRoutes } from '../modules/records/purge.routes.ts';
import type { RecordKind } from '../modules/records/record-kind.ts';
import { registerScorecardRoutes } from '../modules/scorecards/scorecard.routes.ts';
import { registerSearchRoutes } from '../modules/search/search.routes.ts';
import { sourceRoutes } from '../modules/sources/source.routes.ts';
import { PACKAGE_VERSION } from '../version.ts';
import { installAuthentication, PUBLIC } from './authenticate.ts';
import { registerLandingPage } from './landing-page.ts';
import { installNotFoundHandler } from './not-found.ts';
import {
  assertUtf8Body,
  clientErrorHandlerWith,
  frameworkErrorHandler,
  installProblemHandlers,
} from './problem.ts';
import { registerRecordRoutes } from './record-routes.ts';
import { installRouteTable } from './route-table.ts';
import { applySecurityHeaders, securityHeaders, securityHeadersFor } from './security-headers.ts';
import { registerWebApp } from './web-app.ts';

export const BODY_LIMIT_BYTES = 1024 * 1024;
/** Longest path parameter the router accepts (Fastify's default, stated): ids are 36 characters. */
export const MAX_PARAM_LENGTH = 100;

export interface AppOptions {
  database: DocketDatabase;
  logger?: FastifyServerOptions['logger'];
  clock?: () => Date;
  /** Clients reach the server over HTTPS: Strict-Transport-Security, and Secure session cookies. */
  isHttps?: boolean;
  /** The address users open, for invitation and reset links. */
  publicUrl?: string;
  /** Waits before answering a sign-in (the brute-force delay); tests record instead of sleeping. */
  sleep?: (ms: number) => Promise<void>;
  /** The keys of secret field values (see `secret-keys.ts`). */
  keyring?: Keyring;
  /** The key that signs the audit log's head (see `audit-key.ts`). */
  auditKey?: Buffer;
  /** Where documents' files are kept. */
  files?: FileStore;
  /** Worker threads for document extraction, when the caller shares one between apps (tests). */
  extraction?: ExtractionPool;
  /** The built web app to serve at `/` (`web/dist`); without it `/` is a page of API links. */
  webRoot?: string;
}

/**
 * Request logs name the path, never the query string: a search (`?q=`) may be a witness's name,
 * and logs are outside the redaction the API applies.
 */
function withoutQueryStrings(logger: FastifyServerOptions['logger']): FastifyServerOptions['logger'] {
  if (!logger) return logger;
  const base = typeof logger === 'object' ? logger : {};
  return {
    ...base,
    serializers: {
      req: (request: { method: string; url: string; id?: string }) => ({
        method: request.method,
        url: request.url.split('?', 1)[0],
        ...(request.id ? { id: request.id } : {}),
      }),
    },
  };
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { database } = options;
  const headerOptions = { isHttps: options.isHttps ?? false };
  const app = Fastify({
    logger: withoutQueryStrings(options.logger ?? false),
    bodyLimit: BODY_LIMIT_BYTES,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    // Node's parser refuses a request line plus headers over its 16 KiB maxHeaderSize; the raw answer
    // it leads to is a problem like the others, with the headers an API answer has.
    clientErrorHandler: clientErrorHandlerWith(securityHeadersFor('/api/', headerOptions)),
    frameworkErrors: (error, request, reply) => {
      // The router refuses these URLs before any hook runs, the security headers' included.
      applySecurityHeaders(request, reply, headerOptions);
      frameworkErrorHandler(error, request, reply);
    },
  });
  await app.register(securityHeaders, headerOptions);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installProblemHandlers(app);
  installNotFoundHandler(app);
  installRouteTable(app);
  // The API speaks JSON only; anything else is a 415, not a string the schemas then reject.
  app.removeContentTypeParser('text/plain');
  app.addHook('onRequest', async (request) => assertUtf8Body(request.headers['content-type']));

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Docket API',
        version: PACKAGE_VERSION,
        description:
          'Evidence, commitments and advocacy for human-rights work. Errors are RFC 9457 problem+json; ' +
          'every record carries a version, and an update with a stale version gets 409.',
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });

  const base = (): OperationContext => ({
    actor: anonymous,
    db: database.db,
    dialect: database.dialect,
    clock: options.clock ?? (() => new Date()),
    ...(options.keyring ? { keyring: options.keyring } : {}),
    ...(options.auditKey ? { auditKey: options.auditKey } : {}),
    ...(options.files ? { files: options.files } : {}),
  });
  // Every request acts as its caller, whom authentication decides before any route runs.
  installAuthentication(app, base);
  const context = (request: FastifyRequest): OperationContext => ({ ...base(), actor: request.caller.actor });
  // Every refused authorization is audited, after the answer (the refused operation rolled back).
  app.addHook('onResponse', async (request, reply) => {
    if (reply.statusCode !== 403 || !request.caller) return;
    await appendAudit(context(request), [
      {
        action: 'auth.forbidden',
        detail: { method: request.method, route: request.routeOptions.url ?? 'none' },
      },
    ]).catch((error: unknown) => request.log.error({ err: error }, 'could not audit a refusal'));
  });

  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/health',
    {
      config: PUBLIC,
      schema: {
        tags: ['System'],
        summary: 'Liveness and database status',
        response: {
          200: z.object({
            status: z.literal('ok'),
            version: z.string(),
            database: z.object({
              dialect: z.enum(['sqlite', 'postgres']),
              version: z.string(),
              pendingMigrations: z.number(),
            }),
          }),
        },
      },
    },
    async () => ({
      status: 'ok' as const,
      version: PACKAGE_VERSION,
      database: {
        dialect: database.dialect,
        version: await databaseVersion(database),
        pendingMigrations: (await pendingMigrations(database)).length,
      },
    }),
  );
  api.get('/api/openapi.json', { config: PUBLIC, schema: { hide: true } }, () => app.swagger());
  if (options.webRoot) await registerWebApp(app, options.webRoot);
  else registerLandingPage(app);

  registerRecordRoutes(app, personRoutes, context);
  registerRecordRoutes(app, sourceRoutes, context);
  registerRecordRoutes(app, citationRoutes, context);
  registerRecordRoutes(app, organizationRoutes, context);
  registerRecordRoutes(app, legalInstrumentRoutes, context);
  registerRecordRoutes(app, indicatorRoutes, context);
  registerRecordRoutes(app, eventRoutes, context);
  registerRecordRoutes(app, caseRoutes, context);
  registerRecordRoutes(app, proceedingRoutes, context);
  registerRecordRoutes(app, commitmentRoutes, context);
  registerRecordRoutes(app, askRoutes, context);
  registerRecordRoutes(app, engagementRoutes, context);
  registerRecordRoutes(app, interventionRoutes, context);
  registerScorecardRoutes(app, context);
  registerSearchRoutes(app, context);
  registerPurgeRoutes(app, context, { ...citableKinds, citation: citationKind as RecordKind<object> });
  registerExportRoutes(app, context);
  registerBriefingRoutes(app, context);
  registerLetterRoutes(app, context);
  registerOrgDirectoryRoute(app, context);
  // One pool of extraction workers for uploads and batches, started on first use (or the caller's).
  const extraction = options.extraction ?? new ExtractionPool();
  if (!options.extraction) app.addHook('onClose', () => extraction.close());
  registerDocumentRoutes(app, context, extraction);
  registerIngestBatchRoutes(app, context, extraction);
  registerRedactionRoutes(app, context);
  registerImportRoutes(app, context);
  registerAuthRoutes(app, {
    context,
    cookies: { secure: options.isHttps ?? false },
    sleep: options.sleep ?? ((ms) => new Promise((done) => setTimeout(done, ms))),
  });
  registerAdminRoutes(app, { context, publicUrl: options.publicUrl ?? 'http://localhost:8080' });
  await app.ready();
  return app;
}
