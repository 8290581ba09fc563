import { describeLeakProperties } from './leak.properties.ts';

// `DOCKET_DEEP=1` (as `npm run test:deep` sets) runs 5000 worlds instead of 200; the deep suite runs
// them through leak.property.deep.test.ts.
describeLeakProperties({ numRuns: process.env.DOCKET_DEEP ? 5000 : 200 });
