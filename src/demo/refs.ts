/**
 * The stable external refs of every demo record. A record is found again by its ref, so loading the
 * demo twice reuses what is there instead of duplicating it. Never rename a ref once released.
 */

export const SOURCE = {
  rferl: 'demo:source:rfe-rl',
  hrwMay2022: 'demo:source:hrw-2022-05-05',
  hrwDec2022: 'demo:source:hrw-2022-12-20',
  diplomatJan2023: 'demo:source:the-diplomat-2023-01',
  diplomatFeb2023: 'demo:source:the-diplomat-2023-02',
  diplomatJun2023: 'demo:source:the-diplomat-2023-06',
  diplomatAug2022: 'demo:source:the-diplomat-2022-08',
  theWall: 'demo:source:thewall-fyi',
  openDemocracy: 'demo:source:opendemocracy',
  amnestyUk: 'demo:source:amnesty-uk',
  nhc: 'demo:source:norwegian-helsinki-committee',
  bureauKz: 'demo:source:bureau-kz',
  astanaTimes: 'demo:source:astana-times',
  officialResults: 'demo:source:official-results',
  kazinform: 'demo:source:kazinform',
  cpj: 'demo:source:cpj-data-page',
  iphr: 'demo:source:iphr',
  eurasianet: 'demo:source:eurasianet',
  tashkentTimes: 'demo:source:tashkent-times',
  ahrca: 'demo:source:ahrca',
  kunUz: 'demo:source:kun-uz',
  stateDept: 'demo:source:us-state-dept-2022-uzbekistan',
  hrwKalonov: 'demo:source:hrw-kalonov',
  cabar: 'demo:source:cabar-asia',
  cottonCampaign: 'demo:source:cotton-campaign',
  voa: 'demo:source:voa',
  publicReporting: 'demo:source:public-reporting',
  letter: 'demo:source:coalition-letter-2023',
} as const;

export const ORG = {
  freedomNow: 'demo:organization:freedom-now',
  democraticParty: 'demo:organization:democratic-party-kz',
  yntymaq: 'demo:organization:yntymaq',
  respublica: 'demo:organization:respublica',
  baytaq: 'demo:organization:baytaq',
  amanat: 'demo:organization:amanat',
  muzrabadCourt: 'demo:organization:muzrabad-district-court',
  bukharaCourt: 'demo:organization:bukhara-regional-court',
  supremeCourtUz: 'demo:organization:supreme-court-uz',
  prosecutorKz: 'demo:organization:prosecutor-general-kz',
  interiorKz: 'demo:organization:interior-ministry-kz',
  justiceUz: 'demo:organization:justice-ministry-uz',
  prosecutorUz: 'demo:organization:prosecutor-general-uz',
  xalqFikri: 'demo:organization:xalq-fikri',
  wgad: 'demo:organization:un-wgad',
  demoPartner: 'demo:organization:demo-partner',
} as const;

export const EVENT = {
  january2022: 'demo:event:january-2022-events',
  karakalpakstan: 'demo:event:karakalpakstan-protests-2022',
  referendumKz: 'demo:event:kz-constitutional-referendum-2022',
  presidentialKz: 'demo:event:kz-presidential-election-2022',
  mazhilisKz: 'demo:event:kz-mazhilis-election-2023',
} as const;

export const INSTRUMENT = {
  ngoEventRules: 'demo:legal-instrument:uz-ngo-event-rules-2018',
  nationalPartnerDecree: 'demo:legal-instrument:uz-national-partner-decree-2022',
  criminalCodeKz: 'demo:legal-instrument:kz-criminal-code',
  criminalCodeUz: 'demo:legal-instrument:uz-criminal-code',
  partyThresholdsKz: 'demo:legal-instrument:kz-party-registration-thresholds-2022',
} as const;

export const INDICATOR = {
  jailedJournalistsUz: 'demo:indicator:uz-journalists-bloggers-in-prison',
  uprReceivedKz: 'demo:indicator:kz-upr-recommendations-received',
  uprReceivedUz: 'demo:indicator:uz-upr-recommendations-received',
  uprAcceptedKz: 'demo:indicator:kz-upr-recommendations-accepted',
} as const;

export const PERSON = {
  mamay: 'demo:person:mamay',
  sattoriy: 'demo:person:sattoriy',
  tazhimuratov: 'demo:person:tazhimuratov',
  kallykhanova: 'demo:person:kallykhanova',
  shamshetov: 'demo:person:shamshetov',
  arifhojayev: 'demo:person:arifhojayev',
  kalonov: 'demo:person:kalonov',
} as const;

export const CASE = {
  mamay: 'demo:case:mamay',
  sattoriy: 'demo:case:sattoriy',
  tazhimuratov: 'demo:case:tazhimuratov',
  kallykhanova: 'demo:case:kallykhanova',
  shamshetov: 'demo:case:shamshetov',
  arifhojayev: 'demo:case:arifhojayev',
  kalonov: 'demo:case:kalonov',
} as const;

export const PROCEEDING = {
  karakalpakstanTrial: 'demo:proceeding:karakalpakstan-trial-bukhara',
  secondKarakalpakTrial: 'demo:proceeding:second-karakalpak-trial',
} as const;

export const ASK = {
  januaryAccountability: 'demo:ask:kz-january-2022-accountability',
  independentParties: 'demo:ask:kz-register-independent-parties',
  releaseMamay: 'demo:ask:kz-release-mamay',
  expressionUz: 'demo:ask:uz-free-expression-jailed-journalists',
  releaseSattoriy: 'demo:ask:uz-release-sattoriy',
  registerNgosUz: 'demo:ask:uz-register-independent-ngos',
  ngoRulesUz: 'demo:ask:uz-roll-back-ngo-rules',
} as const;

export const ENGAGEMENT = {
  secretaryOfStateVisit: 'demo:engagement:us-secretary-of-state-visit-2023',
} as const;

export const COMMITMENT = {
  partyThresholdsKz: 'demo:commitment:kz-party-registration-thresholds',
} as const;

export const INTERVENTION = {
  wgadSattoriy: 'demo:intervention:wgad-sattoriy',
} as const;
