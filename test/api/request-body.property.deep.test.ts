import { describeRequestBodyProperties } from './request-body.properties.ts';

// `npm run test:deep`: the same properties as request-body.property.test.ts, sixty times as many runs.
describeRequestBodyProperties({ numRuns: 3000 });
