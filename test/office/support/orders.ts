// A short French operation order of our own with no WPS language: the Word tests' French document.
export const FRENCH_ORDER = [
  'ORDRE D’OPÉRATION 3/26',
  '1. SITUATION',
  'a. Les groupes armés sont actifs dans le secteur Est.',
  '2. MISSION',
  'Le bataillon sécurise les axes logistiques du secteur Est.',
  '3. EXÉCUTION',
  'a. Les compagnies patrouilleront de jour comme de nuit.',
];
