# One-off generator of core/data/packs/nato.json (the data file is what ships and what is reviewed;
# this script only keeps the OPORD and OPLAN rule sets identical). Run: python3 scripts/packs/nato.py
import json, os

ROOT = os.path.join(os.path.dirname(__file__), '..', '..')
INF = 'Grading (required/recommended) is this pack\'s inference.'
INF_FR = 'Le niveau (exigé/recommandé) est une inférence de ce module.'

concepts = [
  dict(id='nato-gender-advisers', label='NATO gender advisers (GENAD, GFA)', pillar='structures', genderSpecific=True,
       terms=dict(en=['gender field advisor', 'gender field adviser', 'WPS advisor', 'WPS adviser'],
                  fr=['conseiller pour les questions de genre', 'conseillère pour les questions de genre', 'conseillers pour les questions de genre']),
       acronyms=['GENAD', 'GENADs', 'GFA', 'GFAs'],
       description='NATO\'s gender advisory posts: the GENAD at headquarters level, the Gender Field Advisor (GFA) deployed at operational and tactical level (Bi-SCD 40-1 Rev 1, Annex A).'),
  dict(id='nato-gender-focal-points', label='NATO gender focal points (GFP)', pillar='structures', genderSpecific=True,
       terms=dict(en=['WPS focal point', 'WPS Task Force']),
       acronyms=['GFP', 'GFPs'],
       description='Dual-hatted points of contact for the GENAD in a branch, unit, company or patrol.'),
  dict(id='nato-crsgbv', label='Conflict-related sexual and gender-based violence (CRSGBV)', pillar='crsv', genderSpecific=True,
       terms=dict(en=['conflict-related sexual and gender-based violence'], fr=['violence sexuelle et sexiste liée aux conflits', 'violences sexuelles et sexistes liées aux conflits']),
       acronyms=['CRSGBV'],
       description='NATO\'s term in some guidance where the UN says CRSV.'),
  dict(id='nato-cthb', label='Combating trafficking in human beings (CTHB)', pillar='human-rights', genderSpecific=False,
       terms=dict(en=['trafficking in human beings', 'combating trafficking in human beings', 'combatting trafficking in human beings'],
                  fr=['traite des êtres humains', 'lutte contre la traite des êtres humains']),
       acronyms=['CTHB', 'THB'],
       description='One of NATO\'s human security areas and cross-cutting topics (CTHB policy, 2023 update).'),
  dict(id='nato-caac', label='Children and armed conflict (NATO CAAC)', pillar='child-protection', genderSpecific=False,
       terms=dict(en=['CAAC focal point', 'CAAC focal points'], fr=['point de liaison CAAC']),
       acronyms=['CAAC'],
       description='NATO\'s CAAC policy and focal points; grave violations against children are reported to them.'),
  dict(id='nato-human-security', label='Human security (NATO)', pillar='poc', genderSpecific=False,
       terms=dict(en=['human security', 'human security approach'], fr=['sécurité humaine']),
       description='NATO\'s human security areas: CTHB, CAAC, CRSV, protection of civilians, cultural property protection.'),
  dict(id='nato-cultural-property', label='Cultural property protection (CPP)', pillar='poc', genderSpecific=False,
       terms=dict(en=['cultural property protection', 'protection of cultural property', 'protected cultural property', 'cultural property'], fr=['protection des biens culturels', 'biens culturels protégés', 'biens culturels']),
       acronyms=['CPP'],
       description='A NATO human security area and cross-cutting topic.'),
  dict(id='nato-cross-cutting-topics', label='Cross-cutting topics (NATO)', pillar='gender-perspective', genderSpecific=False,
       terms=dict(en=['cross-cutting topics', 'cross-cutting topic'], fr=['thèmes transversaux', 'sujets transversaux']),
       acronyms=['CCT', 'CCTs'],
       description='AJP-01: protection of civilians, CAAC, CPP, WPS, CRSV, SEA, CTHB and Building Integrity.'),
  dict(id='nato-gender-dimension', label='Gender perspective (NATO French: dimension de genre)', pillar='gender-perspective', genderSpecific=True,
       terms=dict(en=[], fr=['dimension de genre', 'intégrer la dimension de genre', 'prise en compte de la dimension de genre']),
       description='NATO\'s French texts say « dimension de genre » where the English ones say gender perspective.'),
  dict(id='nato-wps-directive', label='NATO WPS directive and policies', pillar='legal-frame', genderSpecific=True,
       terms=dict(en=['Bi-SCD 040-001', 'Bi-SC Directive 040-001', 'Bi-SCD 40-1', 'Bi-SC Directive 40-1', 'NATO Policy on Women, Peace and Security', 'NATO/EAPC Policy on Women, Peace and Security'],
                  fr=['directive Bi-SC 40-1', 'politique de l\'OTAN sur les femmes, la paix et la sécurité']),
       description='Bi-SCD 040-001 (2017, integrating UNSCR 1325 and gender perspective into the NATO command structure) and the NATO WPS policies (2018, 2024).'),
]

def rule(name, level, concepts, where, reason, basis, suggestion, fr, task=False, severity=None):
    r = dict(name=name, level=level, concepts=concepts, where=where, reason=reason, basis=basis, suggestion=suggestion, fr=fr)
    if task: r['expectTask'] = True
    if severity: r['severity'] = severity
    return r

def fr(reason, basis, suggestion):
    return dict(reason=reason, basis=basis, suggestion=suggestion)

ORDER_RULES = [
  rule('references-wps-frame', 'required', ['legal-wps-resolutions', 'legal-wps-agenda', 'nato-wps-directive'], 'main-body',
       'The references list the frame the order applies: resolution 1325 and its follow-ons, Bi-SCD 040-001 and the NATO WPS, CRSV, SEA and PoC policies. Without them no one can check the tasks against it.',
       f'NATO pack A.4 NAT-01; Bi-SCD 040-001 (2017) covers UNSCRs 1325 to 2272 (N01); AJP-5 lists the WPS and PoC policies among related documents (N14). {INF}',
       'References: ... F. UNSCR 1325 (2000) and related resolutions. G. Bi-SCD 040-001, Integrating UNSCR 1325 and Gender Perspective into the NATO Command Structure (2017). H. NATO Policy on Women, Peace and Security (2024).',
       fr('Les références indiquent le cadre que l\'ordre applique : la résolution 1325 et les suivantes, la directive Bi-SCD 040-001 et les politiques de l\'OTAN sur les femmes, la paix et la sécurité, les violences sexuelles liées aux conflits, l\'exploitation et les atteintes sexuelles et la protection des civils.',
          f'Module OTAN A.4 NAT-01 ; la directive Bi-SCD 040-001 (2017) couvre les résolutions 1325 à 2272 (N01) ; l\'AJP-5 cite les politiques FPS et PoC parmi ses documents associés (N14). {INF_FR}',
          'Références : ... F. Résolution 1325 (2000) du Conseil de sécurité et résolutions connexes. G. Directive Bi-SCD 040-001 (2017). H. Politique de l\'OTAN sur les femmes, la paix et la sécurité (2024).'),
       severity='medium'),
  rule('situation-gender-analysis', 'required', ['gm-gender-analysis', 'par-women-agency'], 'opord-1',
       'Paragraph 1 (Situation) must say how the conflict affects women, men, girls and boys and what roles they play, or the tasks in paragraph 3 cannot act on it.',
       f'NATO pack A.4 NAT-02; gender analysis in every planning phase (N19), gender-sensitive threat analysis in the PoC policy (N07), CIMIC handbook on gender (N12). {INF}',
       '1.d. Gender analysis. Women and girls in the area of operations face [threats on roads to markets and water points]; young men are targeted for [recruitment]; women\'s networks in [town] mediate between communities. Source: GENAD analysis dated ___.',
       fr('Le paragraphe 1 (Situation) doit dire comment le conflit touche les femmes, les hommes, les filles et les garçons et quels rôles ils y jouent, faute de quoi les missions du paragraphe 3 ne peuvent s\'appuyer sur cette analyse.',
          f'Module OTAN A.4 NAT-02 ; analyse de genre à chaque phase de planification (N19), analyse des menaces sensible au genre dans la politique PoC (N07). {INF_FR}',
          '1.d. Analyse de genre. Dans la zone d\'opérations, les femmes et les filles sont exposées à [des menaces sur les routes des marchés et des points d\'eau] ; les jeunes hommes sont visés par [le recrutement] ; les réseaux de femmes de [ville] servent de médiateurs entre les communautés. Source : analyse du GENAD du ___.')),
  rule('situation-crsv-threat', 'required', ['crsv-core', 'nato-crsgbv', 'pro-gendered-threat-assessment'], 'opord-1',
       'Sexual violence used by an adversary is a method of warfare that units plan against: it belongs in the threat picture of paragraph 1.',
       f'NATO pack A.4 NAT-03; NATO CRSV policy (2021) and Military Guidelines (2015) (N06). {INF}',
       '1.b.(x) Threats to civilians. Group Y uses sexual violence to displace villages along route Z; known hotspots are listed at Annex B.',
       fr('Les violences sexuelles employées par un adversaire sont une méthode de guerre contre laquelle les unités planifient : elles ont leur place dans l\'évaluation de la menace du paragraphe 1.',
          f'Module OTAN A.4 NAT-03 ; politique de l\'OTAN sur les violences sexuelles liées aux conflits (2021) et directives militaires (2015) (N06). {INF_FR}',
          '1.b.(x) Menaces contre les civils. Le groupe Y recourt aux violences sexuelles pour chasser les habitants des villages le long de l\'axe Z ; les zones à risque figurent en annexe B.')),
  rule('situation-trafficking', 'recommended', ['nato-cthb', 'gbv-core'], 'opord-1',
       'Trafficking networks that exploit displaced women and children are part of the situation the force meets.',
       f'NATO pack A.4 NAT-04; CTHB policy, 2023 update: trafficking risks in military planning (N10). {INF}',
       '1.b.(x) Trafficking in human beings. Networks exploit displaced women and children along [route]; indicators are at Annex ___.',
       fr('Les réseaux de traite qui exploitent les femmes et les enfants déplacés font partie de la situation que rencontre la force.',
          f'Module OTAN A.4 NAT-04 ; politique de lutte contre la traite des êtres humains, mise à jour de 2023 (N10). {INF_FR}',
          '1.b.(x) Traite des êtres humains. Des réseaux exploitent les femmes et les enfants déplacés le long de [axe] ; les indicateurs figurent en annexe ___.')),
  rule('situation-womens-organisations', 'recommended', ['par-womens-organisations'], 'opord-1',
       'Women\'s organisations are civil actors the force will meet and can learn from; name them among the civil actors.',
       f'NATO pack A.4 NAT-05; KFOR GENAD practice (N17); PoC policy (N07). {INF}',
       '1.c.(x) Civil actors include the [name] women\'s network, which works with displaced families in [area].',
       fr('Les organisations de femmes sont des acteurs civils que la force rencontrera ; elles doivent figurer parmi les acteurs civils.',
          f'Module OTAN A.4 NAT-05 ; pratique du GENAD de la KFOR (N17) ; politique PoC (N07). {INF_FR}',
          '1.c.(x) Les acteurs civils comprennent le réseau de femmes [nom], qui travaille avec les familles déplacées dans [zone].')),
  rule('execution-gender-perspective', 'required', ['gm-cross-cutting', 'gm-gender-perspective', 'nato-gender-dimension', 'nato-human-security', 'nato-cross-cutting-topics'], 'opord-3',
       'The concept of operations in paragraph 3 must say that a gender perspective and the human security topics shape how the operation is run, not only that they exist.',
       f'NATO pack A.4 NAT-07; human security approach (N08), NATO WPS policy 2024 (N04), PoC policy (N07). Paragraph 2 (Mission) is never subdivided and carries no WPS term (STANAG 2014, N15). {INF}',
       '3.a. Concept of operations. All lines of operation will apply a gender perspective and account for the distinct needs of women, men, girls and boys; the GENAD reviews each phase before execution.',
       fr('Le concept d\'opération du paragraphe 3 doit dire que la dimension de genre et les thèmes de sécurité humaine orientent la conduite de l\'opération.',
          f'Module OTAN A.4 NAT-07 ; approche de sécurité humaine (N08), politique FPS de l\'OTAN 2024 (N04), politique PoC (N07). Le paragraphe 2 (Mission) n\'est jamais subdivisé et ne porte aucun terme FPS (STANAG 2014, N15). {INF_FR}',
          '3.a. Concept d\'opération. Toutes les lignes d\'opération intégreront la dimension de genre et tiendront compte des besoins propres aux femmes, aux hommes, aux filles et aux garçons ; le GENAD examine chaque phase avant son exécution.')),
  rule('execution-unit-task', 'required', ['ops-engagement-teams', 'ops-mixed-patrols', 'ops-liaison-women'], 'opord-3',
       'A subordinate unit needs a task that acts on the gender analysis, written as an order ("will"), or the analysis changes nothing.',
       f'NATO pack A.4 NAT-08; KFOR practice (N17), CIMIC handbook (N12); US FM 5-0 asks writers to avoid qualified directives (N15). {INF}',
       '3.c.(x) TF [name] will deploy a mixed engagement team each week to engage with women leaders in [area] and report what it learns to the GENAD.',
       fr('Une unité subordonnée a besoin d\'une mission qui tire les conséquences de l\'analyse de genre, rédigée comme un ordre, sinon l\'analyse ne change rien.',
          f'Module OTAN A.4 NAT-08 ; pratique de la KFOR (N17), manuel CIMIC (N12). {INF_FR}',
          '3.c.(x) La TF [nom] déploiera chaque semaine une équipe d\'engagement mixte auprès des dirigeantes locales à [zone] et en rendra compte au GENAD.'),
       task=True),
  rule('execution-harm-mitigation', 'required', ['prv-harm-mitigation', 'pro-do-no-harm'], 'opord-3',
       'Units must record and reduce the harm their own actions cause to civilians, and protect them from others.',
       f'NATO pack A.4 NAT-09; NATO PoC policy (2016), harm mitigation and protection from others (N07). {INF}',
       '3.d.(x) Civilian harm mitigation. Units will record civilian harm, report it within 24 hours and adjust tactics; harm to women and girls is reported separately.',
       fr('Les unités doivent consigner et réduire les dommages que leurs propres actions causent aux civils, et protéger ceux-ci contre autrui.',
          f'Module OTAN A.4 NAT-09 ; politique PoC de l\'OTAN (2016) (N07). {INF_FR}',
          '3.d.(x) Limitation des dommages aux civils. Les unités consigneront les dommages causés aux civils, en rendront compte sous 24 heures et adapteront leurs procédés ; les dommages subis par les femmes et les filles sont signalés séparément.')),
  rule('coordination-gender-focal-points', 'required', ['str-gender-focal-point', 'nato-gender-focal-points'], 'opord-3',
       'Coordinating instructions name who is the gender focal point in each subordinate headquarters and to whom they report.',
       f'NATO pack A.4 NAT-10; Bi-SCD 40-1 Rev 1 Annex A (N02), Action Plan 2021-2025 (N05), GFP role (N18). {INF}',
       '3.e.(x) Each subordinate HQ will appoint a Gender Focal Point by D+5 and report the name to the GENAD.',
       fr('Les instructions de coordination désignent le point focal genre de chaque état-major subordonné et l\'autorité à laquelle il rend compte.',
          f'Module OTAN A.4 NAT-10 ; Bi-SCD 40-1 Rév. 1, annexe A (N02), plan d\'action 2021-2025 (N05). {INF_FR}',
          '3.e.(x) Chaque état-major subordonné désignera un point focal genre avant J+5 et communiquera son nom au GENAD.'),
       task=True),
  rule('coordination-sex-disaggregated-reporting', 'required', ['data-sex-disaggregated'], 'opord-3',
       'Reports that count only "civilians" hide who was met and who was harmed: the order must ask for figures by sex and age.',
       f'NATO pack A.4 NAT-11; CIMIC handbook (N12); monitoring with sex-disaggregated data in the Action Plan 2021-2025 (N05). {INF}',
       '3.e.(x) Patrol and engagement reports will count the women, men, girls and boys met.',
       fr('Des comptes rendus qui ne comptent que des « civils » cachent qui a été rencontré et qui a subi des dommages : l\'ordre doit demander des chiffres ventilés par sexe et par âge.',
          f'Module OTAN A.4 NAT-11 ; manuel CIMIC (N12) ; plan d\'action 2021-2025 (N05). {INF_FR}',
          '3.e.(x) Les comptes rendus de patrouille et de rencontre donneront des données ventilées par sexe et par âge sur les personnes rencontrées.'),
       task=True),
  rule('coordination-sea', 'required', ['sea-zero-tolerance', 'sea-core', 'sea-accountability'], 'opord-3',
       'Sexual exploitation and abuse by the force\'s own personnel is prohibited; the order states it and the duty to report.',
       f'NATO pack A.4 NAT-12; NATO SEA policy (2019): zero tolerance, training for all personnel (N11). {INF}',
       '3.e.(x) Sexual exploitation and abuse is prohibited. Any suspicion will be reported to the chain of command within 24 hours.',
       fr('L\'exploitation et les atteintes sexuelles commises par le personnel de la force sont interdites ; l\'ordre le rappelle, ainsi que l\'obligation de signaler.',
          f'Module OTAN A.4 NAT-12 ; politique de l\'OTAN sur l\'exploitation et les atteintes sexuelles (2019) : tolérance zéro (N11). {INF_FR}',
          '3.e.(x) L\'exploitation et les atteintes sexuelles sont interdites. Tout soupçon sera signalé à la chaîne de commandement sous 24 heures.')),
  rule('coordination-crsv-procedure', 'required', ['crsv-core', 'nato-crsgbv', 'rr-survivor-assistance'], 'opord-3',
       'Units need a procedure for conflict-related sexual violence they witness or learn of: report, refer survivors, do no harm.',
       f'NATO pack A.4 NAT-13; NATO CRSV policy (2021); the 2020 JFC Naples workshop asked for operational reporting guidance (N06). {INF}',
       '3.e.(x) Witnessed or reported CRSV will be reported via [channel] within 24 hours; survivors are referred to [provider] with their consent.',
       fr('Les unités ont besoin d\'une procédure face aux violences sexuelles liées aux conflits dont elles sont témoins : signaler, orienter les survivantes et survivants, ne pas nuire.',
          f'Module OTAN A.4 NAT-13 ; politique de l\'OTAN sur les violences sexuelles liées aux conflits (2021) (N06). {INF_FR}',
          '3.e.(x) Les violences sexuelles liées aux conflits constatées ou signalées seront rapportées par [canal] sous 24 heures ; les survivantes et survivants sont orientés vers [prestataire] avec leur consentement.'),
       task=True),
  rule('coordination-caac', 'recommended', ['nato-caac', 'cp-core', 'cp-mrm'], 'opord-3',
       'Grave violations against children go to the CAAC focal point; the order says how.',
       f'NATO pack A.4 NAT-14; NATO CAAC policy (2023), focal points across the command structure (N09). {INF}',
       '3.e.(x) Report grave violations against children to the CAAC focal point at [HQ].',
       fr('Les violations graves commises contre des enfants sont signalées au point de liaison CAAC ; l\'ordre précise comment.',
          f'Module OTAN A.4 NAT-14 ; politique de l\'OTAN sur les enfants et les conflits armés (2023) (N09). {INF_FR}',
          '3.e.(x) Signaler les violations graves commises contre des enfants au point de liaison CAAC de [état-major].')),
  rule('coordination-trafficking', 'recommended', ['nato-cthb'], 'opord-3',
       'Suspected trafficking seen by units should reach the military police and the GENAD.',
       f'NATO pack A.4 NAT-15; CTHB policy and 2004 training guidance: recognise, identify, report (N10). {INF}',
       '3.e.(x) Report suspected trafficking in human beings to the military police; indicators are at Annex ___.',
       fr('Les soupçons de traite relevés par les unités doivent parvenir à la police militaire et au GENAD.',
          f'Module OTAN A.4 NAT-15 ; politique de lutte contre la traite (N10). {INF_FR}',
          '3.e.(x) Signaler tout soupçon de traite des êtres humains à la police militaire ; les indicateurs figurent en annexe ___.')),
  rule('cultural-property', 'recommended', ['nato-cultural-property'], 'any',
       'Cultural property protection is one of NATO\'s human security areas; protected sites should be listed.',
       f'NATO pack A.4 NAT-16; human security areas (N08), CIMIC handbook (N12); no-strike detail unverified. {INF}',
       '3.e.(x) Sites listed at Appendix ___ are protected cultural property.',
       fr('La protection des biens culturels est l\'un des domaines de sécurité humaine de l\'OTAN ; les sites protégés doivent être listés.',
          f'Module OTAN A.4 NAT-16 ; domaines de sécurité humaine (N08). {INF_FR}',
          '3.e.(x) Les sites listés à l\'appendice ___ sont des biens culturels protégés.')),
  rule('gender-information-requirements', 'recommended', ['ops-gender-intel', 'prv-gender-early-warning', 'pro-gendered-threat-assessment'], 'any',
       'Intelligence collection should include gender information requirements, such as indicators of CRSV.',
       f'NATO pack A.4 NAT-17; Canadian directive on gender in operational planning (N16). {INF}',
       'PIR ___: indicators of conflict-related sexual violence and of threats to women and girls in [area].',
       fr('Le recueil du renseignement doit comprendre des besoins d\'information liés au genre, comme les indicateurs de violences sexuelles liées aux conflits.',
          f'Module OTAN A.4 NAT-17 ; directive canadienne sur le genre dans la planification (N16). {INF_FR}',
          'BPR ___ : indicateurs de violences sexuelles liées aux conflits et de menaces contre les femmes et les filles dans [zone].')),
  rule('cimic-gender-factors', 'recommended', ['rr-cimic-women', 'gm-gender-analysis'], 'any',
       'CIMIC assessments should look at the needs of women and men separately, with the GENAD.',
       f'NATO pack A.4 NAT-18; CIMIC handbook, gender awareness (N12). {INF}',
       'CIMIC annex: civil-military assessments will include a gender analysis and record the needs of women and men separately; the GENAD reviews them.',
       fr('Les évaluations CIMIC doivent examiner séparément les besoins des femmes et des hommes, avec le GENAD.',
          f'Module OTAN A.4 NAT-18 ; manuel CIMIC (N12). {INF_FR}',
          'Annexe CIMIC : les évaluations civilo-militaires comprendront une analyse de genre et consigneront séparément les besoins des femmes et des hommes ; le GENAD les examine.')),
  rule('gender-annex-referenced', 'recommended', ['ops-gender-annex'], 'main-body',
       'A gender annex helps only when the main body points to it and keeps the key tasks in paragraph 3; an annex alone is where reviews found WPS language stranded.',
       f'NATO pack A.4 NAT-19; GFA course teaches writing gender annexes and orders (N18); KFOR practice (N17). Annexes are found by title, not letter (annex letters unverified). {INF}',
       '3.e.(x) Gender perspective: see Annex K (Gender); the key tasks are in para 3.c.',
       fr('Une annexe genre n\'est utile que si le corps de l\'ordre y renvoie et garde les missions principales au paragraphe 3.',
          f'Module OTAN A.4 NAT-19 ; formation GFA (N18) ; pratique de la KFOR (N17). Les annexes sont reconnues par leur titre, non par leur lettre. {INF_FR}',
          '3.e.(x) Dimension de genre : voir Annexe K (Genre) ; les missions principales figurent au paragraphe 3.c.')),
  rule('support-predeployment-training', 'required', ['trn-gender-training', 'trn-awareness'], 'opord-4',
       'Personnel must be trained before deployment on gender, SEA, CRSV and trafficking; paragraph 4 says who and by when.',
       f'NATO pack A.4 NAT-20; KFOR practice (N17), CTHB training guidance (N10), SEA policy training for all personnel (N11). {INF}',
       '4.x. Training. All personnel will complete gender, SEA, CRSV and CTHB training before deployment; units report completion to J7.',
       fr('Le personnel doit être formé avant le déploiement au genre, à l\'exploitation et aux atteintes sexuelles, aux violences sexuelles liées aux conflits et à la traite ; le paragraphe 4 dit qui et quand.',
          f'Module OTAN A.4 NAT-20 ; pratique de la KFOR (N17), formation CTHB (N10), politique SEA (N11). {INF_FR}',
          '4.x. Formation. Tout le personnel suivra avant le déploiement une formation sur le genre, l\'exploitation et les atteintes sexuelles, les violences sexuelles liées aux conflits et la traite ; les unités rendent compte au J7.'),
       task=True),
  rule('command-gender-adviser', 'required', ['str-gender-adviser', 'nato-gender-advisers'], 'opord-5',
       'The GENAD sits in the command group and the planning group with direct access to the commander; paragraph 5 says so.',
       f'NATO pack A.4 NAT-21; Bi-SCD 40-1 Rev 1 Annex A (N02), KFOR GENAD reported directly to COMKFOR (N17). {INF}',
       '5.a.(x) The GENAD is a member of the command group and the JOPG and reports directly to COM.',
       fr('Le GENAD fait partie du groupe de commandement et du groupe de planification et a un accès direct au commandant ; le paragraphe 5 le précise.',
          f'Module OTAN A.4 NAT-21 ; Bi-SCD 40-1 Rév. 1, annexe A (N02), pratique de la KFOR (N17). {INF_FR}',
          '5.a.(x) Le GENAD est membre du groupe de commandement et du JOPG et rend compte directement au commandant.')),
  rule('assessment-measures', 'recommended', ['data-me', 'data-gender-reporting', 'data-sex-disaggregated'], 'any',
       'Measures of effectiveness should be sex-disaggregated, or the assessment cannot show whether women were reached.',
       f'NATO pack A.4 NAT-23; Action Plan 2021-2025 (N05), CIMIC handbook (N12). {INF}',
       'Measures of effectiveness will use sex-disaggregated data: MOE ___, share of engagements that included women; MOE ___, reported incidents of CRSV in the area, by month.',
       fr('Les mesures d\'efficacité doivent être ventilées par sexe, sinon l\'évaluation ne peut pas montrer si les femmes ont été atteintes.',
          f'Module OTAN A.4 NAT-23 ; plan d\'action 2021-2025 (N05). {INF_FR}',
          'Les mesures d\'efficacité s\'appuieront sur des données ventilées par sexe : MOE ___, part des rencontres ayant inclus des femmes ; MOE ___, incidents de violences sexuelles liées aux conflits signalés dans la zone, par mois.')),
]

CONOPS_KEEP = {'references-wps-frame', 'situation-gender-analysis', 'situation-crsv-threat', 'execution-gender-perspective',
               'execution-harm-mitigation', 'coordination-sea', 'coordination-crsv-procedure', 'gender-information-requirements',
               'support-predeployment-training', 'command-gender-adviser', 'assessment-measures'}

# Relational rules (brief A.5 NAT-G2, G3, G5): the subject is named, but not where or with what it must be
# (core/report/relations.ts); a document that never names the subject is not judged on them.
INF_REL = "The rule itself is this pack's inference (brief B.3/A.5 [inf])."
def nato_rules(pid):
    return [
  {
    "id": f"{pid}.gender-adviser-in-command-group", "level": "recommended", "severity": "medium",
    "concepts": ["str-gender-adviser", "nato-gender-advisers"], "where": "any",
    "requires": {"any": [
      {"within": {"sections": ["opord-5"], "titles": ["command and signal", "command group", "commandement"]}},
      {"with": {"keywords": ["command group", "commander", "JOPG", "planning group", "reports directly to", "report directly to", "groupe de commandement", "commandant", "groupe de planification", "relève directement du", "rend compte directement"]}}
    ]},
    "reason": "The gender adviser is named, but not in the command group or the planning group, nor with a line to the commander: an adviser outside them is not heard when decisions are made.",
    "basis": "NATO pack A.5 NAT-G2; Bi-SCD 40-1 Rev 1 Annex A (N02): the GENAD sits in the planning group with direct access to the commander. " + INF_REL,
    "suggestion": "The GENAD is a member of the command group and the JOPG and reports directly to COM ___.",
    "fr": {
      "reason": "Le conseiller pour les questions de genre est nommé, mais ni dans le groupe de commandement ni dans le groupe de planification, ni avec un lien direct au commandant : un conseiller tenu à l'écart n'est pas entendu quand les décisions se prennent.",
      "basis": "Module OTAN A.5 NAT-G2 ; Bi-SCD 40-1 Rev 1, annexe A (N02) : le GENAD siège au groupe de planification et a un accès direct au commandant. La règle est une inférence de ce module.",
      "suggestion": "Le GENAD est membre du groupe de commandement et du groupe de planification (JOPG) et relève directement du commandant ___."
    }
  },
  {
    "id": f"{pid}.cross-cutting-topics-tasked", "level": "recommended", "severity": "medium",
    "concepts": ["nato-cross-cutting-topics", "nato-human-security"], "where": "any",
    "requires": {"any": [
      {"task": True},
      {"with": {"keywords": ["report", "reports", "reported", "reporting", "focal point", "responsible for", "rendre compte", "rendent compte", "rend compte", "signaler", "signalent", "point focal", "point de liaison", "responsable de"]}}
    ]},
    "reason": "The cross-cutting topics are listed, but no sentence gives them a task or a reporting line: a list without an owner is not carried out.",
    "basis": "NATO pack A.5 NAT-G3; cross-cutting topics per AJP-01 and the CIMIC handbook (N12). " + INF_REL,
    "suggestion": "Each subordinate HQ will report on the cross-cutting topics (PoC, CAAC, CRSV, SEA, CTHB, WPS) through its focal point to the GENAD every ___.",
    "fr": {
      "reason": "Les thèmes transversaux sont énumérés, mais aucune phrase ne leur donne une tâche ni une voie de compte rendu : une liste sans responsable n'est pas exécutée.",
      "basis": "Module OTAN A.5 NAT-G3 ; thèmes transversaux selon l'AJP-01 et le manuel CIMIC (N12). La règle est une inférence de ce module.",
      "suggestion": "Chaque état-major subordonné rendra compte des thèmes transversaux (PoC, CAAC, CRSV, SEA, CTHB, WPS) par son point focal au GENAD tous les ___."
    }
  },
  {
    "id": f"{pid}.crsv-apart-from-sea", "level": "recommended", "severity": "low",
    "concepts": ["crsv-core", "nato-crsgbv"], "where": "any",
    "requires": {"any": [
      {"without": {"concepts": ["sea-core", "sea-zero-tolerance", "sea-accountability"]}}
    ]},
    "reason": "Conflict-related sexual violence is only ever named in the same sentence as sexual exploitation and abuse: the two call for different procedures (CRSV by parties to the conflict: report, refer, do no harm; SEA by own personnel: zero tolerance, discipline).",
    "basis": "NATO pack A.5 NAT-G5; NATO CRSV policy 2021 (N06) and SEA policy 2019 (N11) are separate policies. " + INF_REL,
    "suggestion": "Give CRSV its own instruction: witnessed or reported CRSV will be reported via ___ within ___ h and survivors referred to ___, with their consent.",
    "fr": {
      "reason": "Les violences sexuelles liées aux conflits ne sont jamais nommées qu'avec l'exploitation et les abus sexuels, dans la même phrase : les deux appellent des procédures différentes (VSLC commises par les parties au conflit : signaler, orienter, ne pas nuire ; EAS commis par nos personnels : tolérance zéro, discipline).",
      "basis": "Module OTAN A.5 NAT-G5 ; la politique OTAN sur les VSLC (2021, N06) et celle sur l'EAS (2019, N11) sont distinctes. La règle est une inférence de ce module.",
      "suggestion": "Donner aux VSLC une instruction propre : toute VSLC constatée ou signalée sera rapportée par ___ sous ___ h et les survivantes et survivants orientés vers ___, avec leur consentement."
    }
  },
    ]


def rules_for(pid, conops=False):
    out = []
    for r in ORDER_RULES:
        if conops and r['name'] not in CONOPS_KEEP: continue
        r = dict(r)
        name = r.pop('name')
        r = {'id': f'{pid}.{name}', **r}
        if conops:
            r['where'] = 'main-body' if r['where'].startswith('opord-') else r['where']
            r.pop('expectTask', None)
        out.append(r)
    return out + nato_rules(pid)

NATO_CUES = [('NATO', 2), ('OTAN', 2), ('SACEUR', 3), ('SHAPE', 1.5), ('Allied Command Operations', 3), ('Joint Force Command', 2),
             ('JFC', 1.5), ('COPD', 3), ('STANAG 2014', 4), ('Bi-SCD 040-001', 3), ('GENAD', 2), ('JOPG', 2), ('NATO-led', 2), ('Allied Joint', 2)]

# The UN order's own cues (its layout words, EN and FR) count for the NATO types too, so that a NATO
# order always scores at least what the UN oporder type does and the NATO cues decide between them.
with open(os.path.join(ROOT, 'core/data/profiles.json'), encoding='utf-8') as f:
    UN_ORDER = next(p for p in json.load(f)['profiles'] if p['id'] == 'oporder')
TITLE_WORDS = ('OPERATION ORDER', 'OPORD', 'OPORDER', 'OpOrder', "ORDRE D'OP")
ORDER_CUES = [(c['phrase'], c['weight']) for c in UN_ORDER['cues'] if not c.get('title') and not c.get('line') and not c['phrase'].startswith(TITLE_WORDS)]

def cues(own, title):
    c = [dict(phrase=p, weight=w) for p, w in own + NATO_CUES + ORDER_CUES]
    c += [dict(phrase=p, weight=2, title=True) for p in title]
    return c

profiles = [
  dict(id='nato-opord', label='NATO operation order (OPORD)', layout='order',
       description='A NATO operation order in the five-paragraph format of STANAG 2014 Annex B. No WPS term is expected in paragraph 2 (Mission), which is never subdivided.',
       cues=cues([('OPERATION ORDER', 5), ('OPORD', 4), ('OPORDER', 4), ('ORDRE D\'OPÉRATION', 5), ('ORDRE D\'OPERATION', 5), ('ORDRE D\'OPÉRATIONS', 5), ('ORDRE D\'OPERATIONS', 5)], ['OPERATION ORDER', 'OPORD', 'ORDRE D\'OPÉRATION', 'ORDRE D\'OPERATION']),
       rules=rules_for('nato-opord')),
  dict(id='nato-oplan', label='NATO operation plan (OPLAN)', layout='order',
       description='A NATO operation plan, in the same five paragraphs as an order, developed through the COPD.',
       cues=cues([('OPERATION PLAN', 5), ('OPLAN', 5), ('PLAN D\'OPÉRATION', 5), ('PLAN D\'OPERATION', 5)], ['OPERATION PLAN', 'OPLAN', 'PLAN D\'OPÉRATION', 'PLAN D\'OPERATION']),
       rules=rules_for('nato-oplan')),
  dict(id='nato-conops', label='NATO concept of operations (CONOPS)', layout='order',
       description='A NATO concept of operations (COPD phase 4a): how the commander intends to run the operation.',
       cues=cues([('CONCEPT OF OPERATIONS', 5), ('CONOPS', 4), ('CONCEPT D\'OPÉRATION', 5), ('CONCEPT D\'OPERATION', 5)], ['CONCEPT OF OPERATIONS', 'CONOPS', 'CONCEPT D\'OPÉRATION', 'CONCEPT D\'OPERATION']),
       rules=rules_for('nato-conops', conops=True)),
]

pack = {
  'format': 'wps-lens-pack/1',
  'pack': {
    'id': 'nato', 'name': 'NATO plans and orders', 'version': '1.1.0', 'publisher': 'WPS Lens (built-in)',
    'description': 'OPLAN, OPORD and CONOPS profiles for NATO planning and orders, against the NATO WPS, CRSV, SEA, PoC, CAAC and CTHB policies and Bi-SCD 040-001; NATO vocabulary (GENAD, GFA, GFP, CTHB, CAAC, cross-cutting topics). Sources and which expectations are inference: core/data/packs/README.md.',
    'fr': {'name': 'Plans et ordres de l\'OTAN', 'description': 'Profils OPLAN, OPORD et CONOPS pour la planification et les ordres de l\'OTAN.'},
    'extends': [],
  },
  'concepts': concepts,
  'profiles': profiles,
}
with open(os.path.join(ROOT, 'core/data/packs/nato.json'), 'w', encoding='utf-8') as f:
    json.dump(pack, f, ensure_ascii=False, indent=2)
    f.write('\n')
print('rules', sum(len(p['rules']) for p in profiles))
