# One-off generator of core/data/packs/nap.json (the data file is what ships). Run: python3 scripts/packs/nap.py
import json, os

ROOT = os.path.join(os.path.dirname(__file__), '..', '..')
INF = 'Signal phrases and grading are this pack\'s inference.'
INF_FR = 'Les expressions repères et le niveau sont des inférences de ce module.'

def rule(name, level, reason, basis, suggestion, fr, concepts=None, keywords=None, severity=None):
    r = {'id': f'nap.{name}', 'level': level}
    if concepts: r['concepts'] = concepts
    if keywords: r['keywords'] = keywords
    r['where'] = 'any'
    if severity: r['severity'] = severity
    r.update(reason=reason, basis=basis, suggestion=suggestion, fr=dict(reason=fr[0], basis=fr[1], suggestion=fr[2]))
    return r

RULES = [
  rule('context-analysis', 'required',
       'A plan starts from what is known: a situation or baseline analysis of women, peace and security in the country.',
       f'NAP pack B.2 NAP-01; Burundi NAP 2017-2021 (état des lieux) (P15); GNWP costing guidance (P07). {INF}',
       'Section 2. Situation analysis. This section sets out the situation of women and girls in relation to peace and security in [country], from [sources], as the baseline for this plan.',
       ('Un plan part de ce que l\'on sait : un état des lieux de la situation des femmes au regard de la paix et de la sécurité dans le pays.',
        f'Module PAN B.2 NAP-01 ; PAN du Burundi 2017-2021 (P15) ; guide de budgétisation du GNWP (P07). {INF_FR}',
        'Section 2. État des lieux. Cette section présente la situation des femmes et des filles au regard de la paix et de la sécurité au [pays], à partir de [sources], comme situation de référence du présent plan.'),
       keywords=['situation analysis', 'context analysis', 'baseline study', 'baseline assessment', 'état des lieux', 'analyse de la situation', 'analyse du contexte', 'analyse situationnelle']),
  rule('pillar-participation', 'required',
       'Participation of women in decision-making, peace processes and the security sector is one of the four pillars a NAP maps its objectives to.',
       f'NAP pack B.2 NAP-02; UN Strategic Results Framework on WPS (2011) (P17); NATO WPS policy recognises the four pillars (N04). {INF}',
       'Pillar 1. Participation. Objective 1.1: Increase the share of women in [peace negotiations, the security sector, local decision-making] from [baseline] to [target] by [year].',
       ('La participation des femmes à la prise de décision, aux processus de paix et au secteur de la sécurité est l\'un des quatre piliers auxquels un PAN rattache ses objectifs.',
        f'Module PAN B.2 NAP-02 ; cadre de résultats stratégiques des Nations Unies sur les FPS (2011) (P17). {INF_FR}',
        'Axe 1. Participation. Objectif 1.1 : porter la proportion de femmes dans [les négociations de paix, le secteur de la sécurité, les instances locales] de [valeur de référence] à [cible] d\'ici [année].'),
       concepts=['par-meaningful-participation', 'par-peace-mechanisms', 'par-political-electoral', 'par-local-mediation', 'bal-host-security-sector', 'par-women-agency']),
  rule('pillar-protection', 'required',
       'Protection of women and girls, including from sexual and gender-based violence, is a pillar of every NAP.',
       f'NAP pack B.2 NAP-02; UN SRF (P17). {INF}',
       'Pillar 2. Protection. Objective 2.1: Survivors of sexual and gender-based violence have access to medical, legal and psychosocial services in every province by [year].',
       ('La protection des femmes et des filles, y compris contre les violences sexuelles et fondées sur le genre, est un pilier de tout PAN.',
        f'Module PAN B.2 NAP-02 ; cadre de résultats des Nations Unies (P17). {INF_FR}',
        'Axe 2. Protection. Objectif 2.1 : les survivantes de violences sexuelles et basées sur le genre ont accès à des services médicaux, juridiques et psychosociaux dans chaque province d\'ici [année].'),
       concepts=['pro-women-girls', 'gbv-core', 'crsv-core', 'pro-impunity', 'gbv-law-policy']),
  rule('pillar-prevention', 'required',
       'Prevention of conflict and of violence against women, with women\'s role in early warning and conflict prevention, is a pillar of every NAP.',
       f'NAP pack B.2 NAP-02; UN SRF (P17). {INF}',
       'Pillar 3. Prevention. Objective 3.1: Women take part in conflict prevention: the early-warning systems of [regions] include women\'s organisations and track gender-sensitive early warning indicators.',
       ('La prévention des conflits et des violences faites aux femmes, avec le rôle des femmes dans l\'alerte précoce, est un pilier de tout PAN.',
        f'Module PAN B.2 NAP-02 ; cadre de résultats des Nations Unies (P17). {INF_FR}',
        'Axe 3. Prévention. Objectif 3.1 : les femmes participent à la prévention des conflits : les systèmes d\'alerte précoce de [régions] associent les organisations de femmes et suivent une alerte précoce sensible au genre.'),
       concepts=['prv-conflict-prevention-women', 'prv-sv-prevention', 'prv-gender-early-warning']),
  rule('pillar-relief-recovery', 'required',
       'Relief and recovery (secours et relèvement) that meet the needs of women and girls is the fourth pillar.',
       f'NAP pack B.2 NAP-02; UN SRF (P17); French-language NAPs use « secours et relèvement » (P14, P15). {INF}',
       'Pillar 4. Relief and recovery. Objective 4.1: Displaced women and survivors of sexual violence in [areas] have access to recovery programmes, reintegration of survivors and sexual and reproductive health services.',
       ('Le secours et le relèvement qui répondent aux besoins des femmes et des filles forment le quatrième pilier.',
        f'Module PAN B.2 NAP-02 ; cadre de résultats des Nations Unies (P17) ; PAN francophones (P14, P15). {INF_FR}',
        'Axe 4. Secours et relèvement. Objectif 4.1 : les femmes déplacées et les survivantes de violences sexuelles à [zones] ont accès aux programmes de relèvement, à la réinsertion des survivantes et aux services de santé sexuelle et reproductive.'),
       concepts=['rr-humanitarian-women', 'rr-reintegration', 'rr-survivor-assistance', 'rr-stigma']),
  rule('objectives-results', 'required',
       'Objectives should be results: outcomes and outputs in a logical framework, not a list of intentions.',
       f'NAP pack B.2 NAP-04; OSCE/Inclusive Security, Results-Oriented NAPs (2016) (P04); GNWP (P07). {INF}',
       'Annex 1. Logical framework: for each objective, the expected outcome, the outputs, the indicators and the responsible institution.',
       ('Les objectifs doivent être des résultats : effets et produits dans un cadre logique, et non une liste d\'intentions.',
        f'Module PAN B.2 NAP-04 ; OSCE/Inclusive Security (2016) (P04) ; GNWP (P07). {INF_FR}',
        'Annexe 1. Cadre logique : pour chaque objectif, l\'effet attendu, les produits, les indicateurs et l\'institution responsable.'),
       keywords=['logical framework', 'logframe', 'results framework', 'expected result', 'expected results', 'expected outcome', 'expected outcomes', 'outcome', 'outcomes', 'output', 'outputs', 'cadre logique', 'cadre de résultats', 'résultat attendu', 'résultats attendus', 'effet attendu', 'effets attendus']),
  rule('indicators', 'required',
       'Each objective needs indicators, sex-disaggregated where they count people, or progress cannot be shown.',
       f'NAP pack B.2 NAP-06; Operation 1325 on NAP quality (P11); Canada DND implementation plan (P16); DRC monitoring data (P15). {INF}',
       'Indicator 1.1.a: Number and share of women among [members of local peace committees], disaggregated by sex and age.',
       ('Chaque objectif a besoin d\'indicateurs, ventilés par sexe lorsqu\'ils comptent des personnes, sinon les progrès ne peuvent pas être montrés.',
        f'Module PAN B.2 NAP-06 ; Operation 1325 (P11) ; plan de mise en œuvre de la Défense nationale du Canada (P16) ; données de suivi de la RDC (P15). {INF_FR}',
        'Indicateur 1.1.a : nombre et proportion de femmes parmi [les membres des comités locaux de paix], ventilés par sexe et par âge.'),
       keywords=['indicator', 'indicators', 'gender-sensitive indicator', 'gender-sensitive indicators', 'indicateur', 'indicateurs'], severity='high'),
  rule('baselines-targets', 'required',
       'Indicators without a baseline and a target cannot show change.',
       f'NAP pack B.2 NAP-07 and gap rule NAP-G2; WPS Dialogue primer (P10); an explicit baseline rule in NAP guides is unverified (P03). {INF}',
       'Baseline (2024): [value]. Target (2028): [value]. Source of verification: [register, survey].',
       ('Des indicateurs sans valeur de référence ni cible ne peuvent pas montrer de changement.',
        f'Module PAN B.2 NAP-07 et règle NAP-G2 ; guide WPS Dialogue (P10). {INF_FR}',
        'Valeur de référence (2024) : [valeur]. Cible (2028) : [valeur]. Source de vérification : [registre, enquête].'),
       keywords=['baseline', 'baselines', 'target', 'targets', 'valeur de référence', 'valeurs de référence', 'situation de référence', 'cible', 'cibles', 'valeur cible']),
  rule('responsible-actors', 'required',
       'Every action needs an owner: the lead ministry or institution responsible for it.',
       f'NAP pack B.2 NAP-08 and gap rule NAP-G3; UN Women on NAPs (P02); Operation 1325 (P11); Hamilton, Naam and Shepherd (P12). {INF}',
       'Responsible: Ministry of [Defence]; partners: [Ministry of Gender, women\'s organisations].',
       ('Chaque action a besoin d\'un responsable : le ministère ou l\'institution chef de file.',
        f'Module PAN B.2 NAP-08 et règle NAP-G3 ; ONU Femmes (P02) ; Operation 1325 (P11). {INF_FR}',
        'Responsable : ministère de [la Défense] ; partenaires : [ministère du Genre, organisations de femmes].'),
       keywords=['responsible', 'lead agency', 'lead ministry', 'responsible ministry', 'responsible institution', 'responsible actor', 'responsible actors', 'responsibility', 'responsibilities', 'chef de file', 'responsable', 'responsables', 'structure de mise en œuvre', 'structures de mise en œuvre', 'institution responsable']),
  rule('timeframe', 'required',
       'The plan and each action need a timeframe.',
       f'NAP pack B.2 NAP-09; UN Women (P02); WPS Dialogue primer (P10); iKNOW Politics: usual lifespan 3 to 5 years (P13). {INF}',
       'This plan covers 2025-2029. Timeline: each action has a start and end date in Annex 1.',
       ('Le plan et chaque action ont besoin d\'un calendrier.',
        f'Module PAN B.2 NAP-09 ; ONU Femmes (P02) ; guide WPS Dialogue (P10). {INF_FR}',
        'Le présent plan couvre la période 2025-2029. Chronogramme : chaque action a une date de début et de fin à l\'annexe 1.'),
       keywords=['timeline', 'timeframe', 'time frame', 'time-frame', 'implementation period', 'chronogramme', 'calendrier', 'échéancier', 'période de mise en œuvre', 'délai', 'délais']),
  rule('budget-allocated', 'required',
       'A plan without an allocated budget is a statement of intent: name the amount, its source and the budget line.',
       f'NAP pack B.2 NAP-10 and gap rule NAP-G1; resolution 2242 (2015) OP2 asks for sufficient resources (P01); budgets in 34 (43 %) of NAPs in 2018-2019 (P06). {INF}',
       'Budget: [amount] over 2025-2029, from [the national budget, line ___] and [partners]; the costing is in Annex 2.',
       ('Un plan sans budget alloué n\'est qu\'une déclaration d\'intention : indiquer le montant, sa source et la ligne budgétaire.',
        f'Module PAN B.2 NAP-10 et règle NAP-G1 ; la résolution 2242 (2015), par. 2, demande des ressources suffisantes (P01) ; WILPF (P06). {INF_FR}',
        'Budget : [montant] pour 2025-2029, financé par [le budget de l\'État, ligne ___] et [les partenaires] ; le chiffrage figure à l\'annexe 2.'),
       keywords=['allocated budget', 'budget allocated', 'budget line', 'budget lines', 'budget', 'budgets', 'funding', 'financing', 'budget alloué', 'ligne budgétaire', 'lignes budgétaires', 'financement', 'financements'], severity='high'),
  rule('costed-actions', 'recommended',
       'Costed actions show what the budget buys and what is unfunded.',
       f'NAP pack B.2 NAP-11; GNWP costing manual (P07); WPS Dialogue primer (P10). {INF}',
       'Annex 2. Costing: the cost of each action, the share funded and the funding gap.',
       ('Des actions chiffrées montrent ce que le budget finance et ce qui ne l\'est pas.',
        f'Module PAN B.2 NAP-11 ; manuel de budgétisation du GNWP (P07). {INF_FR}',
        'Annexe 2. Chiffrage : le coût de chaque action, la part financée et le besoin de financement.'),
       keywords=['costed', 'costing', 'cost estimate', 'cost estimates', 'gender-responsive budgeting', 'budgétisé', 'budgétisée', 'chiffrage', 'coût estimatif', 'coûts estimatifs', 'budgétisation sensible au genre']),
  rule('monitoring-evaluation', 'required',
       'A monitoring and evaluation framework says who collects what, when, and how results are used.',
       f'NAP pack B.2 NAP-12 and gap rule NAP-G5; M&E process in 57 (70 %) of NAPs (P06); Inclusive Security M&E guide (P03); Hudson (P08). {INF}',
       'Section 6. Monitoring and evaluation. The steering committee collects indicator data every six months from the responsible institutions and publishes a progress report each year.',
       ('Un cadre de suivi et d\'évaluation précise qui recueille quoi, quand, et comment les résultats sont utilisés.',
        f'Module PAN B.2 NAP-12 et règle NAP-G5 ; WILPF (P06) ; guide de suivi-évaluation d\'Inclusive Security (P03). {INF_FR}',
        'Section 6. Suivi et évaluation. Le comité de pilotage recueille tous les six mois les données des indicateurs auprès des institutions responsables et publie chaque année un rapport d\'avancement.'),
       concepts=['data-me'],
       keywords=['monitoring and evaluation', 'M&E', 'monitoring framework', 'suivi et évaluation', 'suivi-évaluation', 'cadre de suivi', 'dispositif de suivi'], severity='high'),
  rule('reporting', 'required',
       'The plan should say to whom progress is reported and how often: parliament, the public, the Security Council\'s annual open debate.',
       f'NAP pack B.2 NAP-13 and gap rule NAP-G5; resolution 2242 (2015) OP2 (P01); France\'s PNA reporting (P14). {INF}',
       'The [ministry] presents an annual progress report to parliament and publishes it; a summary is shared at the Security Council\'s annual open debate on women, peace and security.',
       ('Le plan doit dire à qui et à quel rythme les progrès sont rapportés : parlement, public, débat public annuel du Conseil de sécurité.',
        f'Module PAN B.2 NAP-13 ; résolution 2242 (2015), par. 2 (P01) ; PNA de la France (P14). {INF_FR}',
        'Le [ministère] présente chaque année au Parlement un rapport d\'avancement qu\'il rend public ; une synthèse est présentée lors du débat public annuel du Conseil de sécurité sur les femmes et la paix et la sécurité.'),
       keywords=['progress report', 'progress reports', 'annual report', 'annual reports', 'report to parliament', 'reporting', 'rapport d\'avancement', 'rapports d\'avancement', 'rapport annuel', 'rapports annuels', 'rapport de mise en œuvre', 'rapport au Parlement']),
  rule('coordination', 'required',
       'A coordination body (steering committee, task force, secretariat) keeps the ministries acting on the plan.',
       f'NAP pack B.2 NAP-14; France: steering committee twice a year (P14); Iraq task force (P03); DRC (P15). {INF}',
       'A steering committee chaired by [ministry], with [ministries] and two representatives of women\'s organisations, meets twice a year and follows up the plan.',
       ('Un organe de coordination (comité de pilotage, groupe de travail, secrétariat) maintient l\'action des ministères.',
        f'Module PAN B.2 NAP-14 ; France : comité de pilotage deux fois par an (P14) ; RDC (P15). {INF_FR}',
        'Un comité de pilotage présidé par [ministère], réunissant [ministères] et deux représentantes des organisations de femmes, se réunit deux fois par an et assure le suivi du plan.'),
       keywords=['steering committee', 'task force', 'coordination mechanism', 'coordination committee', 'inter-ministerial', 'interministerial', 'secretariat', 'comité de pilotage', 'comité de suivi', 'comité de coordination', 'interministériel', 'interministérielle', 'secrétariat permanent', 'secrétariat technique']),
  rule('civil-society', 'required',
       'Civil society, and women\'s organisations above all, should help draft the plan and monitor it, not only be consulted.',
       f'NAP pack B.2 NAP-15 and gap rule NAP-G4; resolution 2242 (2015) OP2: broad consultation including women\'s organisations (P01); a civil-society role in 54 (69 %) of NAPs, often advisory (P06); shadow reports (P17). {INF}',
       'Women\'s organisations took part in drafting this plan and sit on the steering committee; they may publish a shadow report each year.',
       ('La société civile, et d\'abord les organisations de femmes, doit participer à la rédaction du plan et à son suivi, et pas seulement être consultée.',
        f'Module PAN B.2 NAP-15 et règle NAP-G4 ; résolution 2242 (2015), par. 2 (P01) ; WILPF (P06). {INF_FR}',
        'Les organisations de femmes ont participé à la rédaction du présent plan et siègent au comité de pilotage ; elles peuvent publier chaque année un rapport alternatif.'),
       concepts=['par-womens-organisations'],
       keywords=['civil society', 'civil-society', 'shadow report', 'société civile', 'organisations de femmes', 'organisations féminines', 'rapport alternatif']),
  rule('evaluation-review', 'recommended',
       'A mid-term and a final evaluation let the plan be revised on evidence.',
       f'NAP pack B.2 NAP-16; Hudson (P08); France\'s mid-term report (P14). {INF}',
       'An independent mid-term review in 2027 and a final evaluation in 2029 will inform the next plan.',
       ('Une évaluation à mi-parcours et une évaluation finale permettent de réviser le plan sur des preuves.',
        f'Module PAN B.2 NAP-16 ; Hudson (P08) ; rapport à mi-parcours de la France (P14). {INF_FR}',
        'Une évaluation indépendante à mi-parcours en 2027 et une évaluation finale en 2029 éclaireront le plan suivant.'),
       keywords=['mid-term review', 'midterm review', 'mid-term evaluation', 'midterm evaluation', 'final evaluation', 'évaluation à mi-parcours', 'évaluation finale', 'revue à mi-parcours']),
  rule('localisation', 'recommended',
       'Local or provincial action plans carry the national plan to where conflict is felt.',
       f'NAP pack B.2 NAP-17; GNWP localisation (P07); DRC provincial plans (P15). {INF}',
       'Each province adopts a provincial action plan within a year, with its own budget and focal point.',
       ('Des plans d\'action locaux ou provinciaux portent le plan national là où le conflit se vit.',
        f'Module PAN B.2 NAP-17 ; localisation (GNWP, P07) ; plans provinciaux de la RDC (P15). {INF_FR}',
        'Chaque province adopte un plan d\'action provincial dans un délai d\'un an, avec son budget et son point focal.'),
       keywords=['local action plan', 'local action plans', 'provincial action plan', 'provincial action plans', 'localisation', 'localization', 'plan d\'action provincial', 'plans d\'action provinciaux', 'plan d\'action local', 'plans d\'action locaux']),
  rule('security-sector', 'recommended',
       'The security sector\'s part: women in the armed forces and police, gender training, gender advisers.',
       f'NAP pack B.2 NAP-19; Canada DND implementation plan (P16); DRC (P15). {INF}',
       'The Ministry of Defence will raise the share of women in the armed forces to [target] by [year], train all units on gender and appoint gender advisers in each command.',
       ('La part du secteur de la sécurité : femmes dans les forces armées et la police, formation au genre, conseillers pour les questions de genre.',
        f'Module PAN B.2 NAP-19 ; plan de mise en œuvre de la Défense nationale du Canada (P16) ; RDC (P15). {INF_FR}',
        'Le ministère de la Défense portera la proportion de femmes dans les forces armées à [cible] d\'ici [année], formera toutes les unités au genre et nommera des conseillers pour les questions de genre dans chaque commandement.'),
       concepts=['bal-host-security-sector', 'trn-gender-training', 'str-gender-adviser', 'gbv-police-capacity']),
  rule('emerging-issues', 'recommended',
       'Disarmament and small arms, and newer issues such as climate and technology-facilitated violence, are missing from many plans.',
       f'NAP pack B.2 NAP-20; disarmament in 28-30 % of NAPs (P06); UN Women (P02). {INF}',
       'Objective 3.3: Reduce the misuse of small arms against women through [measures]; Objective 3.4: Address the effects of climate change on women\'s security in [regions].',
       ('Le désarmement et les armes légères, et des questions plus récentes comme le climat et les violences facilitées par la technologie, manquent dans beaucoup de plans.',
        f'Module PAN B.2 NAP-20 ; WILPF (P06) ; ONU Femmes (P02). {INF_FR}',
        'Objectif 3.3 : réduire l\'usage des armes légères contre les femmes par [mesures] ; objectif 3.4 : traiter les effets des changements climatiques sur la sécurité des femmes dans [régions].'),
       keywords=['small arms', 'disarmament', 'climate', 'climate change', 'cyber', 'technology-facilitated', 'armes légères', 'désarmement', 'climat', 'changements climatiques', 'changement climatique']),
]

# Relational rules (brief B.3 NAP-G1, G4): the subject is named, but not with what it must have
# (core/report/relations.ts); a plan that never names the subject is not judged on them.
INF_REL = "The rule itself is this pack's inference (brief B.3/A.5 [inf])."
AMOUNT = r"\d[\d\s.,]*\s?(?:million|millions|milliard|milliards|billion|bn|k|M)?\s?(?:USD|EUR|CAD|GBP|CHF|XOF|XAF|FCFA|€|\$|£|dollars?|euros?|francs?)(?![\p{L}])|(?:USD|EUR|CAD|GBP|CHF|€|\$|£)\s?\d"
nap_rules = [
  {
    "id": "nap.budget-with-amount", "level": "recommended", "severity": "medium",
    "keywords": ["budget", "budgets", "funding", "financing", "financement", "financements"], "where": "any",
    "requires": {"any": [
      {"with": {"patterns": [AMOUNT], "keywords": ["budget line", "budget lines", "allocated", "earmarked", "source of funding", "funded by", "financed by", "ligne budgétaire", "lignes budgétaires", "alloué", "allouée", "alloués", "allouées", "inscrit au budget", "source de financement", "financé par", "financée par", "financés par"]}}
    ]},
    "reason": "The plan speaks of a budget or funding, but never with an amount, a source or a budget line beside it: the budget is referenced, not allocated.",
    "basis": "NAP pack B.3 NAP-G1; S/RES/2242 (2015) OP2 asks for sufficient resources (P01); budgets are the most frequent weakness of NAPs (P06, P07). " + INF_REL,
    "suggestion": "Each action has an allocated budget: ___ (amount, currency), budget line ___ of the ministry of ___, for ___ (years).",
    "fr": {
      "reason": "Le plan parle de budget ou de financement, mais jamais avec un montant, une source ou une ligne budgétaire : le budget est évoqué, non alloué.",
      "basis": "Module PAN B.3 NAP-G1 ; la résolution 2242 (2015), par. 2, demande des ressources suffisantes (P01) ; le budget est la faiblesse la plus fréquente des PAN (P06, P07). La règle est une inférence de ce module.",
      "suggestion": "Chaque action dispose d'un budget alloué : ___ (montant, devise), ligne budgétaire ___ du ministère de ___, pour ___ (années)."
    }
  },
  {
    "id": "nap.civil-society-monitors", "level": "recommended", "severity": "medium",
    "concepts": ["par-womens-organisations"], "keywords": ["civil society", "civil-society", "société civile", "organisations de femmes", "organisations féminines"], "where": "any",
    "requires": {"any": [
      {"with": {"keywords": ["monitor", "monitors", "monitoring", "monitored", "shadow report", "oversight", "evaluate", "evaluation", "steering committee", "suivi", "suivre", "évaluation", "évaluer", "rapport alternatif", "comité de pilotage", "comité de suivi", "veille"]}},
      {"within": {"titles": ["monitoring", "evaluation", "M&E", "suivi", "évaluation"]}}
    ]},
    "reason": "Civil society and women's organisations appear only as people consulted: no sentence gives them a part in monitoring or evaluating the plan.",
    "basis": "NAP pack B.3 NAP-G4; S/RES/2242 (2015) OP2 (P01); a civil-society role is often advisory only (P06). " + INF_REL,
    "suggestion": "Women's organisations and civil society sit on the monitoring committee, receive the annual progress report and may submit a shadow report, every ___.",
    "fr": {
      "reason": "La société civile et les organisations de femmes n'apparaissent que comme consultées : aucune phrase ne leur donne de rôle dans le suivi ou l'évaluation du plan.",
      "basis": "Module PAN B.3 NAP-G4 ; résolution 2242 (2015), par. 2 (P01) ; le rôle de la société civile est souvent seulement consultatif (P06). La règle est une inférence de ce module.",
      "suggestion": "Les organisations de femmes et la société civile siègent au comité de suivi, reçoivent le rapport annuel d'avancement et peuvent présenter un rapport alternatif, tous les ___."
    }
  },
]
RULES += nap_rules

profile = dict(
  id='nap', label='National Action Plan on women, peace and security', layout='title',
  description='A national action plan (NAP, PAN) implementing resolution 1325 and its follow-ons: pillars, objectives, indicators with baselines and targets, budget, monitoring and evaluation, coordination, civil society.',
  cues=[dict(phrase=p, weight=w) for p, w in [
    ('National Action Plan', 4), ('national action plan on women, peace and security', 5), ('NAP', 2), ('Plan d\'action national', 4),
    ('plan d\'action national pour la mise en œuvre de la résolution 1325', 5), ('PAN', 1), ('PNA', 1),
    ('pillar', 1), ('pillars', 1), ('axe stratégique', 2), ('axes stratégiques', 2), ('logical framework', 2), ('cadre logique', 2),
    ('baseline', 1), ('valeur de référence', 1), ('indicators', 1), ('indicateurs', 1), ('steering committee', 1.5), ('comité de pilotage', 1.5),
    ('monitoring and evaluation', 1), ('suivi et évaluation', 1), ('implementation plan', 1), ('plan de mise en œuvre', 1),
  ]] + [dict(phrase=p, weight=3, title=True) for p in ['National Action Plan', 'Plan d\'action national', 'Plan national d\'action']],
  rules=RULES,
)

pack = {
  'format': 'wps-lens-pack/1',
  'pack': {
    'id': 'nap', 'name': 'National Action Plans on WPS', 'version': '1.1.0', 'publisher': 'WPS Lens (built-in)',
    'description': 'A checklist for national action plans on women, peace and security: the four pillars, results, indicators, baselines and targets, budget and costing, monitoring, evaluation and reporting, coordination, civil society, localisation. Sources and which expectations are inference: core/data/packs/README.md.',
    'fr': {'name': 'Plans d\'action nationaux FPS', 'description': 'Liste de contrôle pour les plans d\'action nationaux sur les femmes et la paix et la sécurité.'},
    'extends': [],
  },
  'concepts': [],
  'profiles': [profile],
}
with open(os.path.join(ROOT, 'core/data/packs/nap.json'), 'w', encoding='utf-8') as f:
    json.dump(pack, f, ensure_ascii=False, indent=2)
    f.write('\n')
print('rules', len(RULES))
