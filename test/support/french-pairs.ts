// Parallel test paragraphs, English and French, written for this project in the style of Security Council
// resolutions and military orders (no corpus text). `concepts` are the concepts a reviewer would tag in
// both versions; the French tests check that both versions give the same concepts and measure recall and
// precision against these labels.
export interface Pair { en: string; fr: string; concepts: string[] }

export const PAIRS: Pair[] = [
  {
    en: 'Decides that the mandate of the Mission shall include the protection of women and girls, including through the deployment of women protection advisers.',
    fr: 'Décide que le mandat de la Mission comprendra la protection des femmes et des filles, notamment par le déploiement de conseillers pour la protection des femmes.',
    concepts: ['pro-women-girls', 'str-wpa'],
  },
  {
    en: 'Requests the Secretary-General to include sex-disaggregated data on the situation of women in his regular reports.',
    fr: 'Prie le Secrétaire général de faire figurer dans ses rapports périodiques des données ventilées par sexe sur la situation des femmes.',
    concepts: ['data-sex-disaggregated', 'data-gender-reporting', 'wps-women-girls'],
  },
  {
    en: 'Urges all parties to prevent conflict-related sexual violence and to hold perpetrators accountable.',
    fr: 'Exhorte toutes les parties à prévenir les violences sexuelles liées aux conflits et à amener les auteurs à répondre de leurs actes.',
    concepts: ['crsv-core', 'prv-sv-prevention', 'lead-accountability'],
  },
  {
    en: 'Encourages the authorities to adopt a law against gender-based violence.',
    fr: 'Encourage les autorités à adopter une loi contre les violences basées sur le genre.',
    concepts: ['gbv-law-policy'],
  },
  {
    en: 'Calls upon troop-contributing countries to increase the number of female peacekeepers and to provide pre-deployment training on sexual exploitation and abuse.',
    fr: 'Demande aux pays fournisseurs de contingents d\'accroître le nombre de femmes casques bleus et de dispenser une formation préalable au déploiement sur l\'exploitation et les atteintes sexuelles.',
    concepts: ['bal-women-in-mission', 'trn-gender-training', 'sea-core'],
  },
  {
    en: 'Reaffirms its commitment to the full, equal and meaningful participation of women in the peace process.',
    fr: 'Réaffirme son attachement à la participation pleine, égale et véritable des femmes au processus de paix.',
    concepts: ['par-meaningful-participation', 'par-peace-mechanisms', 'wps-women-girls'],
  },
  {
    en: 'Welcomes the appointment of a senior gender adviser in the office of the Force Commander.',
    fr: 'Se félicite de la nomination d\'une conseillère principale pour les questions de genre au sein du bureau du commandant de la force.',
    concepts: ['str-gender-adviser'],
  },
  {
    en: 'Condemns all acts of sexual violence against women and children, including rape and forced marriage.',
    fr: 'Condamne tous les actes de violence sexuelle commis contre les femmes et les enfants, y compris le viol et le mariage forcé.',
    concepts: ['crsv-core', 'poc-women-children'],
  },
  {
    en: 'Takes note of the national action plan for the implementation of resolution 1325 (2000).',
    fr: 'Prend note du plan d\'action national pour la mise en œuvre de la résolution 1325 (2000).',
    concepts: ['legal-nap', 'legal-wps-resolutions'],
  },
  {
    en: 'Recalling its resolutions on women and peace and security,',
    fr: 'Rappelant ses résolutions sur les femmes et la paix et la sécurité,',
    concepts: ['legal-wps-resolutions'],
  },
  {
    en: 'Stresses the importance of a zero-tolerance policy on sexual exploitation and abuse by United Nations personnel.',
    fr: 'Souligne l\'importance d\'une politique de tolérance zéro à l\'égard de l\'exploitation et des atteintes sexuelles commises par le personnel des Nations Unies.',
    concepts: ['sea-zero-tolerance', 'sea-core'],
  },
  {
    en: 'Each battalion will appoint a gender focal point and will conduct mixed patrols with female soldiers.',
    fr: 'Chaque bataillon désignera un point focal genre et conduira des patrouilles mixtes avec des femmes militaires.',
    concepts: ['str-gender-focal-point', 'ops-mixed-patrols', 'bal-women-in-mission'],
  },
  {
    en: 'Company commanders should, where possible, consult women in the villages before each operation.',
    fr: 'Les commandants de compagnie devraient, dans la mesure du possible, consulter les femmes dans les villages avant chaque opération.',
    concepts: ['ops-liaison-women'],
  },
  {
    en: 'The female engagement team will meet women leaders in the camps for displaced persons.',
    fr: 'L\'équipe d\'engagement féminine rencontrera les femmes leaders dans les camps de personnes déplacées.',
    concepts: ['ops-engagement-teams', 'par-womens-organisations', 'rr-humanitarian-women'],
  },
  {
    en: 'No gender adviser has been appointed in the sector headquarters.',
    fr: 'Aucun conseiller genre n\'a été nommé au quartier général du secteur.',
    concepts: ['str-gender-adviser'],
  },
  {
    en: 'The order does not mention women, gender or resolution 1325.',
    fr: 'L\'ordre ne mentionne ni les femmes, ni le genre, ni la résolution 1325.',
    concepts: ['wps-women-girls', 'wps-gender', 'legal-wps-resolutions'],
  },
  {
    en: 'Patrol reports will record information from both women and men on threats to women.',
    fr: 'Les rapports de patrouille consigneront les informations provenant des femmes et des hommes sur les menaces contre les femmes.',
    concepts: ['data-ops-reporting', 'pro-gendered-threat-assessment'],
  },
  {
    en: 'All allegations of sexual exploitation and abuse will be reported to the conduct and discipline team without delay.',
    fr: 'Toutes les allégations d\'exploitation et d\'atteintes sexuelles seront signalées sans délai à l\'équipe de déontologie et de discipline.',
    concepts: ['sea-core', 'sea-accountability'],
  },
  {
    en: 'The Mission will integrate a gender perspective into all its planning and will carry out a gender analysis of the conflict.',
    fr: 'La Mission intégrera une perspective de genre dans toute sa planification et réalisera une analyse de genre du conflit.',
    concepts: ['gm-gender-perspective', 'gm-gender-analysis'],
  },
  {
    en: 'Survivors of sexual violence will be referred to psychosocial support and legal aid.',
    fr: 'Les survivantes de violences sexuelles seront orientées vers un soutien psychosocial et une aide juridique.',
    concepts: ['rr-survivor-assistance', 'crsv-core'],
  },
  {
    en: 'The Force will strengthen early warning with the participation of women in community alert networks.',
    fr: 'La Force renforcera l\'alerte précoce avec la participation des femmes aux réseaux d\'alerte communautaires.',
    concepts: ['prv-gender-early-warning', 'par-meaningful-participation', 'poc-ew-rr'],
  },
  {
    en: 'Women currently represent 4 per cent of the military personnel of the Mission.',
    fr: 'Les femmes représentent actuellement 4 pour cent du personnel militaire de la Mission.',
    concepts: ['wps-women-girls', 'bal-women-in-mission'],
  },
  {
    en: 'The gender annex sets out the tasks of the gender focal points in each unit.',
    fr: 'L\'annexe genre précise les tâches des points focaux genre de chaque unité.',
    concepts: ['ops-gender-annex', 'str-gender-focal-point'],
  },
  {
    en: 'Searches of women will be carried out by a person of the same sex.',
    fr: 'Les fouilles des femmes seront effectuées par une personne du même sexe.',
    concepts: ['wps-women-girls', 'ops-same-gender-search'],
  },
  {
    en: 'Welcomes the efforts of women\'s organisations to promote reconciliation at the local level.',
    fr: 'Se félicite des efforts des organisations de femmes pour promouvoir la réconciliation au niveau local.',
    concepts: ['par-womens-organisations', 'par-local-mediation'],
  },
  {
    en: 'Expresses concern at the under-reporting of sexual violence due to stigma and fear of reprisals.',
    fr: 'Se déclare préoccupé par la sous-déclaration des violences sexuelles due à la stigmatisation et à la crainte de représailles.',
    concepts: ['data-underreporting', 'crsv-core', 'rr-stigma'],
  },
  {
    en: 'Requests the Mission to protect civilians, in particular women and children, within its capabilities and areas of deployment.',
    fr: 'Prie la Mission de protéger les civils, en particulier les femmes et les enfants, dans la limite de ses capacités et de ses zones de déploiement.',
    concepts: ['poc-core', 'poc-women-children'],
  },
  {
    // « survivantes » is feminine: the English twin says "women survivors" (a bare "survivors" is generic, taxonomy §1.19).
    en: 'Invites Member States to support women\'s economic empowerment and income-generating activities for women survivors.',
    fr: 'Invite les États Membres à appuyer l\'autonomisation économique des femmes et les activités génératrices de revenus pour les survivantes.',
    concepts: ['par-women-agency', 'rr-reintegration', 'rr-survivor-assistance', 'wps-women-girls'],
  },
  {
    en: 'Underlines the importance of gender equality and of women\'s rights in the political transition.',
    fr: 'Souligne l\'importance de l\'égalité des sexes et des droits des femmes dans la transition politique.',
    concepts: ['gm-gender-equality', 'hr-womens-rights'],
  },
  {
    en: 'The child protection adviser will monitor grave violations against children.',
    fr: 'Le conseiller pour la protection de l\'enfance surveillera les violations graves commises contre des enfants.',
    concepts: ['cp-structures', 'cp-core'],
  },
  {
    en: 'The human rights division will monitor and report on violations of international humanitarian law.',
    fr: 'La division des droits de l\'homme surveillera les violations du droit international humanitaire et fera rapport à leur sujet.',
    concepts: ['hr-structures', 'hr-monitoring'],
  },
  {
    en: 'Calls for the full implementation of the women, peace and security agenda by all parties.',
    fr: 'Demande la pleine mise en œuvre de l\'agenda femmes, paix et sécurité par toutes les parties.',
    concepts: ['legal-wps-agenda'],
  },
  {
    en: 'The gender parity strategy sets a target for women in senior leadership positions.',
    fr: 'La stratégie sur la parité des sexes fixe un objectif pour les femmes aux postes de direction.',
    concepts: ['bal-parity-targets', 'bal-seniority'],
  },
  {
    en: 'Women protection advisers have not yet been deployed to the regions.',
    fr: 'Les conseillères pour la protection des femmes n\'ont pas encore été déployées dans les régions.',
    concepts: ['str-wpa'],
  },
  {
    en: 'Gender training is mandatory for all staff officers before deployment.',
    fr: 'La formation sur le genre est obligatoire pour tous les officiers d\'état-major avant le déploiement.',
    concepts: ['trn-gender-training'],
  },
  {
    en: 'The national police will establish a specialized judicial unit for cases of sexual violence.',
    fr: 'La police nationale mettra en place une unité judiciaire spécialisée pour les cas de violences sexuelles.',
    concepts: ['gbv-police-capacity', 'crsv-core'],
  },
];

/** Sentences with no WPS content, in both languages: nothing gender-specific may be found in them. */
export const NEGATIVES: { en: string; fr: string }[] = [
  { en: 'The battalion will move to the forward operating base before dawn.', fr: 'Le bataillon se déplacera vers la base opérationnelle avancée avant l\'aube.' },
  { en: 'Fuel and water will be delivered by the logistics company every week.', fr: 'Le carburant et l\'eau seront livrés chaque semaine par la compagnie de logistique.' },
  { en: 'The engineers will repair the bridge on the main supply route.', fr: 'Le génie réparera le pont sur l\'itinéraire principal de ravitaillement.' },
  { en: 'This kind of operation requires close coordination with the police.', fr: 'Ce genre d\'opération exige une coordination étroite avec la police.' },
  { en: 'The formation of the new government was delayed by the elections.', fr: 'La formation du nouveau gouvernement a été retardée par les élections.' },
  { en: 'Signals will use the secure radio network between sectors.', fr: 'Les transmissions utiliseront le réseau radio sécurisé entre les secteurs.' },
  { en: 'The Council decides to remain seized of the matter.', fr: 'Le Conseil décide de rester saisi de la question.' },
  { en: 'Force protection measures will be reinforced around the camp.', fr: 'Les mesures de protection de la force seront renforcées autour du camp.' },
];

/**
 * French sentences with no English twin, labelled before the analyser was first run on them and not
 * relabelled after: a held-out check of recall and precision (docs/french.md quotes both sets).
 */
export const HELD_OUT: { fr: string; concepts: string[] }[] = [
  { fr: 'Le commandant de la force veillera à ce que chaque contingent compte au moins 15 % de femmes parmi ses officiers d\'état-major.', concepts: ['bal-women-in-mission', 'wps-women-girls'] },
  { fr: 'Les violences sexuelles commises par des éléments armés contre des femmes déplacées restent largement impunies.', concepts: ['crsv-core', 'rr-humanitarian-women', 'pro-impunity'] },
  { fr: 'La conseillère genre de la force participera à la planification de toutes les opérations.', concepts: ['str-gender-adviser'] },
  { fr: 'Aucune formation sur la prévention de l\'exploitation et des atteintes sexuelles n\'a été dispensée au contingent.', concepts: ['trn-gender-training', 'sea-core'] },
  { fr: 'Le bureau conjoint des droits de l\'homme documentera les cas de violences sexuelles et basées sur le genre.', concepts: ['hr-structures', 'gbv-core'] },
  { fr: 'Les patrouilles de nuit seront renforcées autour des sites de déplacés afin de protéger les femmes qui vont chercher du bois de chauffe.', concepts: ['ops-protective-posture', 'pro-women-girls', 'rr-humanitarian-women'] },
  { fr: 'Demande au Gouvernement de garantir l\'accès des femmes à la justice et de mettre fin à l\'impunité des auteurs de viols.', concepts: ['pro-impunity', 'crsv-core'] },
  { fr: 'La Mission appuiera la participation des femmes aux élections locales en tant que candidates et électrices.', concepts: ['par-meaningful-participation', 'par-political-electoral'] },
  { fr: 'Le rapport de situation hebdomadaire ne comporte aucune rubrique consacrée au genre.', concepts: ['data-ops-reporting'] },
  { fr: 'Les femmes et les filles associées aux groupes armés bénéficieront d\'un appui à la réintégration.', concepts: ['gm-ssr-ddr', 'rr-reintegration'] },
  { fr: 'La section de la protection de l\'enfance signalera les violations graves au mécanisme de surveillance et de communication de l\'information.', concepts: ['cp-structures', 'cp-core', 'cp-mrm'] },
  { fr: 'Les unités de police constituées comptent 8 % de femmes.', concepts: ['bal-women-in-mission', 'wps-women-girls'] },
  { fr: 'Une équipe mixte hommes-femmes sera déployée auprès des communautés pour recueillir les préoccupations des femmes en matière de sécurité.', concepts: ['ops-mixed-patrols', 'wps-women-girls'] },
  { fr: 'Encourage la Mission à intégrer systématiquement la problématique femmes-hommes dans ses activités.', concepts: ['gm-mainstreaming'] },
  { fr: 'Le plan de collecte du renseignement inclura des questions sur la manière dont les femmes sont touchées par le conflit.', concepts: ['data-ops-reporting', 'ops-gender-intel'] },
  { fr: 'Le déploiement de la conseillère principale pour la protection des femmes a été reporté faute de financement.', concepts: ['str-wpa'] },
  { fr: 'Les victimes de mariage forcé seront orientées vers le centre intégré de prise en charge.', concepts: ['crsv-core', 'rr-survivor-assistance'] },
  { fr: 'Le bataillon se déplacera vers le nord pour sécuriser la route.', concepts: [] },
  { fr: 'Toute relation sexuelle transactionnelle est interdite au personnel de la Mission.', concepts: ['sea-core'] },
  { fr: 'Les comités locaux de paix comptent désormais 30 % de femmes.', concepts: ['par-local-mediation', 'wps-women-girls'] },
];
