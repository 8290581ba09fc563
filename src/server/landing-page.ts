import type { FastifyInstance } from 'fastify';
import { PACKAGE_VERSION } from '../version.ts';
import { PUBLIC } from './authenticate.ts';

const RESOURCES: ReadonlyArray<[string, string]> = [
  ['persons', 'persons, with <code>?q=</code> to search names in any script'],
  ['cases', 'cases with their timelines and derived custody'],
  ['events', 'events with their figures as claims side by side'],
  ['organizations', 'organizations and their registration history'],
  ['proceedings', 'trials linking co-defendants'],
  ['legal-instruments', 'laws, decrees and regulations'],
  ['indicators', 'indicators and their observations'],
  ['commitments', 'commitments governments made, rated over time with evidence'],
  ['asks', 'what advocates demand, and where it was raised'],
  ['engagements', 'visits, meetings and reviews: agenda, outcome, follow-up'],
  ['interventions', 'communications to UN mechanisms and the replies'],
  ['scorecards?country=KZ', "a government's scorecard as of any day"],
  ['sources', 'sources'],
  ['citations', 'citations linking sources to records and fields'],
];

// A file rather than an inline <style>: the Content-Security-Policy allows no inline style or script.
export const LANDING_CSS =
  'body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1b1f24}' +
  'code{background:#f1f3f5;padding:0 .25rem}\n';

/** `GET /` and its stylesheet, left out of the OpenAPI document. */
export function registerLandingPage(app: FastifyInstance): void {
  app.get('/', { config: PUBLIC, schema: { hide: true } }, (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(landingPage()),
  );
  app.get('/landing.css', { config: PUBLIC, schema: { hide: true } }, (_request, reply) =>
    reply.type('text/css; charset=utf-8').send(LANDING_CSS),
  );
}

/** What a browser sees at the root until the web application is served there. */
export function landingPage(): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Docket</title>
<link rel="stylesheet" href="/landing.css">
</head>
<body>
<h1>Docket ${PACKAGE_VERSION}</h1>
<p>Evidence, commitments and advocacy letters for human-rights advocates.</p>
<ul>
<li><a href="/api/health"><code>GET /api/health</code></a> — status of the server and its database</li>
<li><a href="/api/openapi.json"><code>GET /api/openapi.json</code></a> — the API, described in OpenAPI 3.1</li>
${RESOURCES.map(([path, what]) => `<li><a href="/api/${path}"><code>GET /api/${path}</code></a> — ${what}</li>`).join('\n')}
<li><a href="/api/cases/census?on=2022-12-01"><code>GET /api/cases/census?on=2022-12-01</code></a> — how many people were in custody that day</li>
</ul>
</body>
</html>
`;
}
