// Two versions of a draft order of our own wording, for the Word Changes tests (linkedom and Chromium).
// Before and after a reviewer's tracked changes.
export const ORIGINAL = [
  'OPERATION ORDER 07/26 — SECTOR NORTH',
  '3. EXECUTION',
  'a. The battalion will deploy mixed patrols with women officers to every market on market days.',
  'b. The gender adviser will brief all company commanders on conflict-related sexual violence before deployment.',
  'c. Each company will appoint a gender focal point within two weeks.',
  'd. Patrol reports will record sex-disaggregated data on the people met.',
  'e. Engineers will repair the bridge at Tamsa.',
];
export const CURRENT = [
  'OPERATION ORDER 07/26 — SECTOR NORTH',
  '3. EXECUTION',
  'a. The battalion will deploy mixed patrols with women officers to every market on market days.',
  'b. The gender adviser should brief company commanders on conflict-related sexual violence where possible.',
  'c. Engineers will repair the bridge at Tamsa.',
  'd. Escorts will protect women and girls who collect firewood.',
];
/** As Body.getReviewedText gives it: each paragraph ended by a carriage return. */
export const reviewed = (paras: string[]) => paras.map((p) => `${p}\r`).join('');

