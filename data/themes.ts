// The nine debates an AI-funding article can open, with the words that signal each one per language.
//
// Keyword syntax (matched on words compared without case or accents; apostrophes and hyphens split words,
// so "l'indépendance" is "l indépendance" and "open-source" is "open source"):
//   "word"    the exact word
//   "stem*"   any word starting with the stem ("souverain*": souverain, souveraineté, souveraines…)
//   "*stem"   any word ending with it (German compounds: "*blase" = Spekulationsblase, KI-Blase)
//   "*stem*"  any word containing it ("*rechenzentr*" = Großrechenzentren)
//   "a b*"    consecutive words, each with the syntax above (no leading "*" after the first word)
// Keep stems long enough not to catch unrelated words ("ethic*" but not "eth*").
import type { Lang, ThemeId } from '../core/types';

export interface Theme {
  id: ThemeId;
  /** A short name for the debate, shown next to questions and polls. */
  label: Record<Lang, string>;
  keywords: Record<Lang, readonly string[]>;
}

export const THEMES: readonly Theme[] = [
  {
    id: 'europe-catch-up',
    label: {
      en: 'Can Europe catch up?',
      fr: 'L’Europe peut-elle rattraper son retard ?',
      de: 'Kann Europa aufholen?',
      es: '¿Puede Europa alcanzar a los demás?',
      it: 'L’Europa può recuperare?',
    },
    keywords: {
      en: ['europe', 'european*', 'eu', 'catch up', 'catching up', 'caught up', 'lag', 'lags', 'lagged', 'fall* behind', 'fell behind', 'left behind', 'lagging', 'laggard*', 'gap with', 'keep up', 'keep pace', 'compete with the us', 'compete with america*', 'compete with china'],
      fr: ['europe', 'europeen*', 'ue', 'rattrap*', 'retard', 'a la traine', 'course a l ia', 'champion* europeen*', 'bruxelles', 'vieux continent'],
      de: ['europa', 'europas', 'europaisch*', 'eu', 'aufhol*', 'ruckstand', 'hinterher*', 'abgehangt', 'anschluss', 'nachholbedarf', 'wettlauf', 'brussel'],
      es: ['europa', 'europe*', 'ue', 'recuper* el retraso', 'retraso', 'rezag*', 'a la zaga', 'quedarse atras', 'se queda atras', 'quedado atras', 'bruselas', 'viejo continente', 'carrera de la ia'],
      it: ['europa', 'europe*', 'ue', 'ritardo', 'recuperare terreno', 'rincorsa', 'colmare il divario', 'divario', 'restare indietro', 'rimanere indietro', 'resta indietro', 'bruxelles', 'vecchio continente', 'corsa all ia'],
    },
  },
  {
    id: 'sovereignty',
    label: {
      en: 'Technological sovereignty',
      fr: 'Souveraineté technologique',
      de: 'Technologische Souveränität',
      es: 'Soberanía tecnológica',
      it: 'Sovranità tecnologica',
    },
    keywords: {
      en: ['sovereign*', 'independence', 'strategic autonomy', 'autonomy', 'dependen*', 'reliance', 'rely on', 'relying on', 'self reliance', 'geopolit*', 'national security', 'foreign control', 'vassal*', 'cloud act', 'export control*'],
      fr: ['souverain*', 'independance', 'autonomie', 'dependance*', 'dependant*', 'geopolit*', 'vassal*', 'tutelle', 'cloud act', 'securite nationale', 'mains etrangeres'],
      de: ['souveran*', '*souveranitat', 'unabhangigkeit', 'abhangigkeit*', '*abhangigkeit', 'autonomie', 'autark*', 'geopolit*', 'nationale sicherheit', 'cloud act', 'exportkontroll*'],
      es: ['soberan*', 'independencia', 'autonomia', 'dependencia*', 'dependiente*', 'geopolit*', 'seguridad nacional', 'vasall*', 'cloud act'],
      it: ['sovran*', 'indipendenza', 'autonomia', 'dipendenza', 'geopolit*', 'sicurezza nazionale', 'vassall*', 'cloud act'],
    },
  },
  {
    id: 'ethics',
    label: {
      en: 'Ethics and responsible AI',
      fr: 'Éthique et IA responsable',
      de: 'Ethik und verantwortungsvolle KI',
      es: 'Ética e IA responsable',
      it: 'Etica e IA responsabile',
    },
    keywords: {
      en: ['ethic*', 'moral*', 'responsible', 'responsibly', 'bias', 'biases', 'biased', 'fairness', 'privacy', 'misinformation', 'disinformation', 'deepfake*', 'ai safety', 'harm', 'harms', 'harmful', 'trustworthy', 'human rights', 'copyright*', 'transparen*', 'accountab*', 'manipulat*'],
      fr: ['ethique*', 'moral*', 'responsable', 'responsables', 'biais', 'equitable*', 'vie privee', 'donnees personnelles', 'desinformation', 'deepfake*', 'hypertrucag*', 'droits humains', 'droits de l homme', 'droit d auteur', 'droits d auteur', 'transparen*', 'manipulat*'],
      de: ['ethik', '*ethik', 'ethisch*', 'moral*', 'verantwortung*', 'verantwortlich*', 'verzerrung*', 'voreingenommen*', 'fairness', 'datenschutz', 'privatsphare', 'desinformation', 'falschinformation*', 'deepfake*', 'menschenrecht*', 'urheberrecht*', 'transparen*', 'manipulat*', 'vertrauenswurdig*'],
      es: ['etic*', 'moral', 'morales', 'responsable', 'responsables', 'sesgo*', 'equidad', 'privacidad', 'datos personales', 'desinformacion', 'deepfake*', 'derechos humanos', 'derechos de autor', 'transparen*', 'manipulac*', 'confiable*'],
      it: ['etic*', 'morale', 'morali', 'responsabile', 'responsabili', 'pregiudizi', 'distorsion*', 'equita', 'privacy', 'riservatezza', 'dati personali', 'disinformazione', 'deepfake*', 'diritti umani', 'diritto d autore', 'diritti d autore', 'trasparen*', 'manipolaz*', 'affidabil*'],
    },
  },
  {
    id: 'concentration',
    label: {
      en: 'Power in a few hands',
      fr: 'Concentration du pouvoir',
      de: 'Macht in wenigen Händen',
      es: 'Poder en pocas manos',
      it: 'Potere in poche mani',
    },
    keywords: {
      en: ['concentration', 'monopol*', 'oligopol*', 'dominan*', 'dominat*', 'handful', 'big tech', 'few companies', 'few firms', 'few players', 'few giants', 'gatekeeper*', 'tech giants', 'giants', 'hegemon*', 'market power', 'antitrust', 'winner takes all', 'winner take all'],
      fr: ['concentration', 'monopol*', 'oligopol*', 'domination', 'dominant*', 'dominer', 'hegemon*', 'geants', 'mastodonte*', 'poignee', 'gafam', 'big tech', 'quelques acteurs', 'quelques entreprises', 'quelques groupes', 'position dominante', 'antitrust', 'concurrence deloyale', 'consolidation'],
      de: ['konzentration', '*monopol*', 'oligopol*', 'vormacht*', 'dominanz', 'dominier*', 'marktmacht', 'marktbeherrsch*', '*riesen', 'handvoll', 'wenige konzerne', 'wenigen konzernen', 'wenige unternehmen', 'wenigen unternehmen', 'big tech', 'kartell*', 'wettbewerbsrecht*', 'hegemon*'],
      es: ['concentracion', 'monopol*', 'oligopol*', 'dominio', 'dominan*', 'dominar', 'hegemon*', 'gigantes', 'punado', 'big tech', 'pocas empresas', 'pocos actores', 'pocas manos', 'antimonopolio', 'posicion dominante'],
      it: ['concentrazione', 'monopol*', 'oligopol*', 'dominio', 'dominan*', 'dominare', 'egemon*', 'giganti', 'colossi', 'manciata', 'big tech', 'poche aziende', 'pochi attori', 'poche mani', 'antitrust', 'posizione dominante'],
    },
  },
  {
    id: 'bubble',
    label: {
      en: 'An investment bubble?',
      fr: 'Une bulle spéculative ?',
      de: 'Eine Spekulationsblase?',
      es: '¿Una burbuja?',
      it: 'Una bolla?',
    },
    keywords: {
      en: ['bubble*', 'overvalu*', 'overheat*', 'hype', 'froth*', 'speculat*', 'dot com', 'dotcom', 'burst*', 'sky high valuation*', 'unsustainable', 'irrational exuberance', 'pay off', 'return on investment', 'profitab*', 'crash*'],
      fr: ['bulle*', 'survalo*', 'surevalu*', 'specul*', 'eclatement', 'eclater', 'eclate', 'krach*', 'surchauffe', 'emballement', 'euphorie', 'dot com', 'rentab*', 'retour sur investissement', 'valorisation* delirante*', 'valorisation* vertigineuse*', 'insoutenable'],
      de: ['*blase', '*blasen', 'blase*', 'uberbewert*', 'spekulat*', 'hype', 'platzen', 'platzt', 'dotcom', 'dot com', '*crash', 'uberhitz*', 'rentab*', 'profitab*', 'ubertrieben*', 'goldgraberstimmung', 'euphorie'],
      es: ['burbuja*', 'sobrevalora*', 'especula*', 'estall*', 'euforia', 'exuberancia', 'punto com', 'puntocom', 'dot com', 'rentab*', 'retorno de la inversion', 'insostenible*', 'recalentamiento'],
      it: ['bolla', 'bolle', 'sopravvaluta*', 'specula*', 'scoppi*', 'hype', 'euforia', 'dot com', 'redditivit*', 'ritorno sull investimento', 'insostenibil*', 'surriscald*'],
    },
  },
  {
    id: 'compute-energy',
    label: {
      en: 'Computing power and energy',
      fr: 'Calcul et énergie',
      de: 'Rechenleistung und Energie',
      es: 'Computación y energía',
      it: 'Calcolo ed energia',
    },
    keywords: {
      en: ['energy', 'electricity', 'power grid', 'grid', 'power consumption', 'power plant*', 'power supply', 'data cent*', 'datacent*', 'compute', 'computing power', 'gpu*', 'chip', 'chips', 'chipmaker*', 'semiconductor*', 'nuclear', 'gigawatt*', 'megawatt*', 'water', 'cooling', 'emission*', 'carbon', 'climate', 'supercomputer*', 'server farm*'],
      fr: ['energie*', 'energetique*', 'electricite', 'electrique*', 'centre* de donnees', 'data cent*', 'datacent*', 'puce*', 'gpu*', 'semi conducteur*', 'semiconducteur*', 'calcul', 'puissance de calcul', 'capacite* de calcul', 'nucleaire', 'gigawatt*', 'megawatt*', 'eau', 'refroidissement', 'emission*', 'carbone', 'climat*', 'supercalculat*', 'reseau electrique'],
      de: ['energie*', '*energie', 'strom*', '*strom', 'rechenzentr*', '*rechenzentr*', 'rechenzentrum', 'rechenleistung', 'rechenkapazit*', 'chip', 'chips', '*chips', 'gpu*', 'halbleiter*', 'atomkraft*', 'kernkraft*', 'gigawatt*', 'megawatt*', 'wasser*', 'kuhlung', 'emission*', '*emissionen', 'klima*', 'supercomputer*', 'data cent*'],
      es: ['energia', 'energetic*', 'electricidad', 'electric*', 'centro* de datos', 'data cent*', 'chip', 'chips', 'gpu*', 'semiconductor*', 'computacion', 'capacidad de calculo', 'potencia de calculo', 'nuclear', 'gigavatio*', 'megavatio*', 'agua', 'refrigeracion', 'emisiones', 'carbono', 'clima*', 'supercomputador*', 'red electrica'],
      it: ['energia', 'energetic*', 'elettricita', 'elettric*', 'data cent*', 'centr* dati', 'centr* di calcolo', 'chip', 'gpu*', 'semicondutt*', 'calcolo', 'potenza di calcolo', 'capacita di calcolo', 'nucleare', 'gigawatt*', 'megawatt*', 'acqua', 'raffreddamento', 'emissioni', 'carbonio', 'clima*', 'supercomputer*', 'rete elettrica'],
    },
  },
  {
    id: 'jobs',
    label: {
      en: 'Jobs and work',
      fr: 'Emploi et travail',
      de: 'Jobs und Arbeit',
      es: 'Empleo y trabajo',
      it: 'Lavoro e occupazione',
    },
    keywords: {
      en: ['job', 'jobs', 'jobless*', 'employment', 'unemploy*', 'worker*', 'workforce', 'labor', 'labour', 'layoff*', 'lay off', 'laid off', 'automat*', 'wage*', 'employee*', 'staff', 'careers', 'replace humans', 'replace workers'],
      fr: ['emploi*', 'chomage', 'chomeur*', 'travailleur*', 'salarie*', 'licenci*', 'main d oeuvre', 'automatis*', 'metier*', 'salaire*', 'travail', 'postes', 'effectifs', 'plans sociaux', 'plan social', 'remplacer les humains'],
      de: ['job', 'jobs', '*jobs', 'arbeitsplatz*', '*arbeitsplatze', 'arbeitslos*', 'beschaftig*', 'arbeitnehm*', 'arbeitskraft*', '*arbeiter', '*arbeiterinnen', 'entlass*', 'stellenabbau', 'automatisier*', 'lohn', 'lohne', 'gehalt*', 'fachkraft*', 'arbeitsmarkt*', 'arbeit'],
      es: ['empleo*', 'desempleo', 'paro', 'trabajador*', 'trabajo*', 'despid*', 'automatiza*', 'salario*', 'mano de obra', 'puestos de trabajo', 'plantilla*', 'ere', 'oficios'],
      it: ['lavoro', 'lavoratori', 'lavoratrici', 'dipendenti', 'occupazion*', 'disoccupa*', 'licenzia*', 'posti di lavoro', 'automazion*', 'automatizz*', 'salari*', 'stipendi*', 'impieg*', 'manodopera', 'mestier*', 'esuberi'],
    },
  },
  {
    id: 'regulation',
    label: {
      en: 'Rules and regulation',
      fr: 'Régulation',
      de: 'Regulierung',
      es: 'Regulación',
      it: 'Regolamentazione',
    },
    keywords: {
      en: ['regulat*', 'ai act', 'law', 'laws', 'lawmaker*', 'legislat*', 'rules', 'rulebook', 'oversight', 'watchdog*', 'compliance', 'ban', 'bans', 'banned', 'governance', 'guardrail*', 'supervis*', 'executive order', 'red tape'],
      fr: ['regulat*', 'reguler', 'reglement*', 'ai act', 'loi', 'lois', 'legislat*', 'legifer*', 'encadrement', 'encadrer', 'cnil', 'gouvernance', 'garde fou*', 'interdi*', 'normes', 'conformite', 'autorite de controle', 'superviseur', 'regles'],
      de: ['regulier*', 'regulation', '*regulierung', 'regulator*', 'ai act', 'ki verordnung', 'verordnung', 'gesetz*', '*gesetz', 'gesetzgeb*', 'aufsicht*', '*aufsicht', 'vorschrift*', 'regeln', 'regelwerk', 'governance', 'verbot*', 'burokratie'],
      es: ['regula*', 'reglament*', 'ley', 'leyes', 'legisla*', 'ai act', 'normativa*', 'supervis*', 'gobernanza', 'prohib*', 'reglas', 'normas', 'cumplimiento', 'burocracia'],
      it: ['regola*', 'regole', 'regolament*', 'normativ*', 'legge', 'leggi', 'legislat*', 'ai act', 'vigilanza', 'governance', 'garante', 'divieto', 'vieta*', 'conformita', 'burocrazia'],
    },
  },
  {
    id: 'open-source',
    label: {
      en: 'Open or closed models',
      fr: 'Modèles ouverts ou fermés',
      de: 'Offene oder geschlossene Modelle',
      es: 'Modelos abiertos o cerrados',
      it: 'Modelli aperti o chiusi',
    },
    keywords: {
      en: ['open source', 'opensource', 'open weight*', 'open model*', 'openly available', 'closed model*', 'closed source', 'proprietary', 'hugging face', 'open ai model*'],
      fr: ['open source', 'code source', 'source ouverte', 'logiciel* libre*', 'modele* libre*', 'modele* ouvert*', 'poids ouverts', 'modele* ferme*', 'modele* proprietaire*', 'hugging face'],
      de: ['open source', 'quelloffen*', 'offene* modell*', 'offene gewichte', 'offenen gewichten', 'geschlossene* modell*', 'proprietar*', 'hugging face'],
      es: ['open source', 'codigo abierto', 'modelo* abierto*', 'pesos abiertos', 'modelo* cerrado*', 'modelo* propietario*', 'software propietario', 'software libre', 'hugging face'],
      it: ['open source', 'codice aperto', 'sorgente aperto', 'modell* apert*', 'pesi aperti', 'modell* chius*', 'modell* proprietari*', 'software proprietario', 'software libero', 'hugging face'],
    },
  },
];
