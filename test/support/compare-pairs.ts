// Pairs of versions of our own wording, one paragraph per string, for the cross-surface comparison
// test: a mandate-like and an order-like text in English and in French, each edited the way a renewal
// or a redraft edits them — a verb softened, "as appropriate" (« le cas échéant ») added, a
// sub-paragraph deleted, paragraphs renumbered and moved, one paragraph split in two; the orders also
// gain a task (English) and make a task firmer (French).
export interface VersionPair { name: string; old: string[]; new: string[] }

export const MANDATE_EN: VersionPair = {
  name: 'mandate-en',
  old: [
    'The Security Council,',
    'Recalling its resolutions 1325 (2000), 1820 (2008) and 2467 (2019) on women and peace and security,',
    '1. Decides to extend the mandate of the Mission until 31 December 2026;',
    '2. Requests the Mission to ensure the full, equal and meaningful participation of women in the peace process at all levels;',
    '3. Demands that all parties immediately end conflict-related sexual violence and hold perpetrators accountable;',
    '4. Requests the Mission to carry out the following tasks:',
    '(a) to collect sex-disaggregated data on displaced persons in each province;',
    '(b) to support women’s organizations in the eastern provinces;',
    '(c) to repair the airstrip at the logistics base;',
    '5. Requests the Mission to mainstream gender as a cross-cutting issue throughout its mandate and to deploy women protection advisers to every field office, and further requests the Secretary-General to train all uniformed personnel on the prevention of sexual exploitation and abuse before deployment;',
    '6. Decides to remain actively seized of the matter.',
  ],
  new: [
    'The Security Council,',
    'Recalling its resolutions 1325 (2000), 1820 (2008) and 2467 (2019) on women and peace and security,',
    '1. Decides to extend the mandate of the Mission until 31 December 2027;',
    '2. Demands that all parties immediately end conflict-related sexual violence and hold perpetrators accountable;',
    '3. Encourages the Mission to ensure the full, equal and meaningful participation of women in the peace process at all levels;',
    '4. Requests the Mission to carry out the following tasks:',
    '(a) to support women’s organizations in the eastern provinces, as appropriate;',
    '(b) to repair the airstrip at the logistics base;',
    '5. Requests the Mission to mainstream gender as a cross-cutting issue throughout its mandate and to deploy women protection advisers to every field office;',
    '6. Further requests the Secretary-General to train all uniformed personnel on the prevention of sexual exploitation and abuse before deployment;',
    '7. Decides to remain actively seized of the matter.',
  ],
};

export const ORDER_EN: VersionPair = {
  name: 'order-en',
  old: [
    'OPERATION ORDER 11/26 — SECTOR EAST',
    '3. EXECUTION',
    'a. The battalion will deploy mixed engagement teams with women officers to every village on market days.',
    'b. The gender adviser will brief all company commanders on conflict-related sexual violence before deployment.',
    'c. Each company will appoint a gender focal point within two weeks.',
    'd. Patrol reports will record sex-disaggregated data on the people met, and the intelligence cell will include women’s security concerns in every threat assessment.',
    'e. Engineers will repair the bridge at Korbo.',
    '4. SUSTAINMENT',
    'a. The medical company will hold kits for the clinical management of rape at each company base.',
  ],
  new: [
    'OPERATION ORDER 11/26 — SECTOR EAST',
    '3. EXECUTION',
    'a. Engineers will repair the bridge at Korbo.',
    'b. The gender adviser should brief company commanders on conflict-related sexual violence before deployment, as appropriate.',
    'c. The battalion will deploy mixed engagement teams with women officers to every village on market days.',
    'd. Patrol reports will record sex-disaggregated data on the people met.',
    'e. The intelligence cell will include women’s security concerns in every threat assessment.',
    'f. Escorts will protect women and girls who collect firewood outside the camps.',
    '4. SUSTAINMENT',
    'a. The medical company will hold kits for the clinical management of rape at each company base.',
  ],
};

export const MANDATE_FR: VersionPair = {
  name: 'mandat-fr',
  old: [
    'Le Conseil de sécurité,',
    'Rappelant ses résolutions 1325 (2000) et 2467 (2019) sur les femmes et la paix et la sécurité,',
    '1. Décide de proroger le mandat de la Mission jusqu’au 31 décembre 2026 ;',
    '2. Prie la Mission de garantir la participation pleine, égale et véritable des femmes au processus de paix ;',
    '3. Exige de toutes les parties qu’elles mettent fin immédiatement aux violences sexuelles liées aux conflits ;',
    '4. Prie la Mission d’exécuter les tâches suivantes :',
    'a) recueillir des données ventilées par sexe sur les personnes déplacées ;',
    'b) appuyer les organisations de femmes dans les provinces de l’Est ;',
    '5. Prie la Mission de tenir compte de la problématique femmes-hommes dans l’ensemble de son mandat et de déployer des conseillères pour la protection des femmes dans chaque bureau, et prie en outre le Secrétaire général de former tout le personnel en tenue à la prévention de l’exploitation et des atteintes sexuelles ;',
    '6. Décide de rester activement saisi de la question.',
  ],
  new: [
    'Le Conseil de sécurité,',
    'Rappelant ses résolutions 1325 (2000) et 2467 (2019) sur les femmes et la paix et la sécurité,',
    '1. Décide de proroger le mandat de la Mission jusqu’au 31 décembre 2027 ;',
    '2. Exige de toutes les parties qu’elles mettent fin immédiatement aux violences sexuelles liées aux conflits ;',
    '3. Encourage la Mission à garantir la participation pleine, égale et véritable des femmes au processus de paix ;',
    '4. Prie la Mission d’exécuter les tâches suivantes :',
    'a) appuyer, le cas échéant, les organisations de femmes dans les provinces de l’Est ;',
    '5. Prie la Mission de tenir compte de la problématique femmes-hommes dans l’ensemble de son mandat et de déployer des conseillères pour la protection des femmes dans chaque bureau ;',
    '6. Prie en outre le Secrétaire général de former tout le personnel en tenue à la prévention de l’exploitation et des atteintes sexuelles ;',
    '7. Décide de rester activement saisi de la question.',
  ],
};

export const ORDER_FR: VersionPair = {
  name: 'ordre-fr',
  old: [
    'ORDRE D’OPÉRATION 04/26 — SECTEUR NORD',
    '3. EXÉCUTION',
    'a. Le bataillon déploiera des patrouilles mixtes avec des femmes officiers dans chaque marché.',
    'b. La conseillère genre informera tous les commandants de compagnie sur les violences sexuelles liées aux conflits avant le déploiement.',
    'c. Chaque compagnie désignera un point focal genre sous deux semaines.',
    'd. Les rapports de patrouille consigneront des données ventilées par sexe, et la cellule renseignement intégrera les préoccupations de sécurité des femmes dans chaque évaluation de la menace.',
    'e. Le génie réparera le pont de Kessa.',
    'f. Les compagnies pourraient consulter les associations de femmes des villages.',
  ],
  new: [
    'ORDRE D’OPÉRATION 04/26 — SECTEUR NORD',
    '3. EXÉCUTION',
    'a. Le génie réparera le pont de Kessa.',
    'b. La conseillère genre pourrait informer les commandants de compagnie sur les violences sexuelles liées aux conflits, le cas échéant.',
    'c. Le bataillon déploiera des patrouilles mixtes avec des femmes officiers dans chaque marché.',
    'd. Les rapports de patrouille consigneront des données ventilées par sexe.',
    'e. La cellule renseignement intégrera les préoccupations de sécurité des femmes dans chaque évaluation de la menace.',
    'f. Chaque compagnie consultera les associations de femmes des villages toutes les semaines.',
  ],
};

export const SYNTHETIC_PAIRS: VersionPair[] = [MANDATE_EN, ORDER_EN, MANDATE_FR, ORDER_FR];
