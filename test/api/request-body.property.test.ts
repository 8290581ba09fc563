import { describeRequestBodyProperties } from './request-body.properties.ts';

// A quick pass for `npm test` (each run draws new bodies); request-body.property.deep.test.ts
// (`npm run test:deep`) runs 3000.
describeRequestBodyProperties({ numRuns: 50 });
