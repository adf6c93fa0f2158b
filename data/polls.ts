// Poll wording in the five languages: the curated theme polls and the generic answer scales for the
// article's own questions. Option ids are unique across every poll and scale, so an answer stored as
// an option id can be shown again in any language without knowing which poll it came from.
// Options are meant to be balanced: each poll offers both sides, a middle ground and a way out.
import type { Lang, ThemeId } from '../core/types';

export type LocalisedText = Record<Lang, string>;

export interface PollOption {
  id: string;
  label: LocalisedText;
}

export interface ThemePoll {
  /** The theme's own question, used when the poll is shown outside the article that raised it. */
  question: LocalisedText;
  options: PollOption[];
}

const NOT_SURE: PollOption = {
  id: 'not-sure',
  label: { en: 'Not sure', fr: 'Je ne sais pas', de: 'Weiß nicht', es: 'No lo sé', it: 'Non so' },
};

export const THEME_POLLS: Record<ThemeId, ThemePoll> = {
  'europe-catch-up': {
    question: {
      en: 'Can Europe still catch up in AI?',
      fr: 'L’Europe peut-elle encore rattraper son retard en IA ?',
      de: 'Kann Europa bei der KI noch aufholen?',
      es: '¿Puede Europa todavía recuperar el retraso en IA?',
      it: 'L’Europa può ancora recuperare il ritardo nell’IA?',
    },
    options: [
      {
        id: 'eu-joint-investment',
        label: {
          en: 'Yes, with joint EU investment',
          fr: 'Oui, avec un investissement commun de l’UE',
          de: 'Ja, mit gemeinsamen EU-Investitionen',
          es: 'Sí, con inversión conjunta de la UE',
          it: 'Sì, con investimenti comuni dell’UE',
        },
      },
      {
        id: 'eu-specialise',
        label: {
          en: 'Yes, by specialising (open, efficient models)',
          fr: 'Oui, en se spécialisant (modèles ouverts et sobres)',
          de: 'Ja, durch Spezialisierung (offene, effiziente Modelle)',
          es: 'Sí, especializándose (modelos abiertos y eficientes)',
          it: 'Sì, specializzandosi (modelli aperti ed efficienti)',
        },
      },
      {
        id: 'eu-niches',
        label: {
          en: 'Only in some niches',
          fr: 'Seulement dans certaines niches',
          de: 'Nur in einigen Nischen',
          es: 'Solo en algunos nichos',
          it: 'Solo in alcune nicchie',
        },
      },
      {
        id: 'eu-gap-too-large',
        label: {
          en: 'No, the gap is too large',
          fr: 'Non, l’écart est trop grand',
          de: 'Nein, der Abstand ist zu groß',
          es: 'No, la brecha es demasiado grande',
          it: 'No, il divario è troppo ampio',
        },
      },
      NOT_SURE,
    ],
  },
  sovereignty: {
    question: {
      en: 'Should Europe build its own AI, even at a higher cost?',
      fr: 'L’Europe doit-elle bâtir sa propre IA, même si cela coûte plus cher ?',
      de: 'Sollte Europa eigene KI aufbauen, auch wenn es mehr kostet?',
      es: '¿Debe Europa construir su propia IA, aunque cueste más?',
      it: 'L’Europa dovrebbe costruire una propria IA, anche a un costo maggiore?',
    },
    options: [
      {
        id: 'sov-full-stack',
        label: {
          en: 'Yes: its own models, chips and data centres',
          fr: 'Oui : ses propres modèles, puces et centres de données',
          de: 'Ja: eigene Modelle, Chips und Rechenzentren',
          es: 'Sí: sus propios modelos, chips y centros de datos',
          it: 'Sì: modelli, chip e data center propri',
        },
      },
      {
        id: 'sov-critical-layers',
        label: {
          en: 'Only for critical layers (data, cloud, defence)',
          fr: 'Seulement pour les briques critiques (données, cloud, défense)',
          de: 'Nur für kritische Bereiche (Daten, Cloud, Verteidigung)',
          es: 'Solo en las capas críticas (datos, nube, defensa)',
          it: 'Solo per i livelli critici (dati, cloud, difesa)',
        },
      },
      {
        id: 'sov-trusted-partners',
        label: {
          en: 'No, rely on trusted partners and common rules',
          fr: 'Non, s’appuyer sur des partenaires de confiance et des règles communes',
          de: 'Nein, auf verlässliche Partner und gemeinsame Regeln setzen',
          es: 'No, apoyarse en socios de confianza y reglas comunes',
          it: 'No, affidarsi a partner fidati e regole comuni',
        },
      },
      {
        id: 'sov-not-priority',
        label: {
          en: 'Sovereignty should not be the priority',
          fr: 'La souveraineté ne devrait pas être la priorité',
          de: 'Souveränität sollte nicht Vorrang haben',
          es: 'La soberanía no debería ser la prioridad',
          it: 'La sovranità non dovrebbe essere la priorità',
        },
      },
      NOT_SURE,
    ],
  },
  ethics: {
    question: {
      en: 'What would a more ethical AI need most?',
      fr: 'De quoi une IA plus éthique aurait-elle le plus besoin ?',
      de: 'Was bräuchte eine ethischere KI am meisten?',
      es: '¿Qué necesitaría sobre todo una IA más ética?',
      it: 'Di cosa avrebbe più bisogno un’IA più etica?',
    },
    options: [
      {
        id: 'eth-binding-rules',
        label: {
          en: 'Binding rules that are enforced',
          fr: 'Des règles contraignantes et appliquées',
          de: 'Verbindliche Regeln, die durchgesetzt werden',
          es: 'Normas vinculantes que se cumplan',
          it: 'Regole vincolanti e fatte rispettare',
        },
      },
      {
        id: 'eth-transparency',
        label: {
          en: 'Transparency about training data and models',
          fr: 'De la transparence sur les données et les modèles',
          de: 'Transparenz über Trainingsdaten und Modelle',
          es: 'Transparencia sobre los datos y los modelos',
          it: 'Trasparenza su dati di addestramento e modelli',
        },
      },
      {
        id: 'eth-independent-audits',
        label: {
          en: 'Independent audits and public oversight',
          fr: 'Des audits indépendants et un contrôle public',
          de: 'Unabhängige Prüfungen und öffentliche Aufsicht',
          es: 'Auditorías independientes y control público',
          it: 'Audit indipendenti e controllo pubblico',
        },
      },
      {
        id: 'eth-market-choice',
        label: {
          en: 'The choices of users and companies',
          fr: 'Les choix des utilisateurs et des entreprises',
          de: 'Die Entscheidungen von Nutzern und Unternehmen',
          es: 'Las decisiones de usuarios y empresas',
          it: 'Le scelte di utenti e aziende',
        },
      },
      NOT_SURE,
    ],
  },
  concentration: {
    question: {
      en: 'Is it a problem that a few companies dominate AI?',
      fr: 'Est-ce un problème que quelques entreprises dominent l’IA ?',
      de: 'Ist es ein Problem, dass wenige Unternehmen die KI dominieren?',
      es: '¿Es un problema que unas pocas empresas dominen la IA?',
      it: 'È un problema che poche aziende dominino l’IA?',
    },
    options: [
      {
        id: 'conc-act-now',
        label: {
          en: 'Yes, competition authorities should act',
          fr: 'Oui, les autorités de concurrence doivent agir',
          de: 'Ja, die Wettbewerbsbehörden sollten handeln',
          es: 'Sí, las autoridades de competencia deben actuar',
          it: 'Sì, le autorità antitrust dovrebbero intervenire',
        },
      },
      {
        id: 'conc-watch',
        label: {
          en: 'It needs watching, but no action yet',
          fr: 'À surveiller, sans agir pour l’instant',
          de: 'Beobachten, aber noch nicht eingreifen',
          es: 'Hay que vigilarlo, sin actuar todavía',
          it: 'Va osservato, ma senza intervenire per ora',
        },
      },
      {
        id: 'conc-cost-of-scale',
        label: {
          en: 'No, it reflects what the technology costs',
          fr: 'Non, c’est le reflet du coût de la technologie',
          de: 'Nein, das spiegelt die Kosten der Technik wider',
          es: 'No, refleja lo que cuesta la tecnología',
          it: 'No, riflette quanto costa la tecnologia',
        },
      },
      {
        id: 'conc-newcomers',
        label: {
          en: 'No, newcomers will keep challenging them',
          fr: 'Non, de nouveaux venus continueront à les bousculer',
          de: 'Nein, Neulinge werden sie weiter herausfordern',
          es: 'No, los recién llegados seguirán desafiándolas',
          it: 'No, i nuovi arrivati continueranno a sfidarle',
        },
      },
      NOT_SURE,
    ],
  },
  bubble: {
    question: {
      en: 'Is the money pouring into AI a bubble?',
      fr: 'L’argent qui afflue vers l’IA est-il une bulle ?',
      de: 'Ist das viele Geld für KI eine Blase?',
      es: '¿Es una burbuja el dinero que fluye hacia la IA?',
      it: 'Il denaro che affluisce verso l’IA è una bolla?',
    },
    options: [
      {
        id: 'bub-will-burst',
        label: {
          en: 'Yes, and it will burst',
          fr: 'Oui, et elle va éclater',
          de: 'Ja, und sie wird platzen',
          es: 'Sí, y estallará',
          it: 'Sì, e scoppierà',
        },
      },
      {
        id: 'bub-partly',
        label: {
          en: 'Partly: many bets will fail, the technology will stay',
          fr: 'En partie : beaucoup de paris échoueront, la technologie restera',
          de: 'Teilweise: viele Wetten scheitern, die Technik bleibt',
          es: 'En parte: muchas apuestas fracasarán, la tecnología quedará',
          it: 'In parte: molte scommesse falliranno, la tecnologia resterà',
        },
      },
      {
        id: 'bub-revenue-will-follow',
        label: {
          en: 'No, the revenue will follow',
          fr: 'Non, les revenus suivront',
          de: 'Nein, die Umsätze werden folgen',
          es: 'No, los ingresos llegarán',
          it: 'No, i ricavi arriveranno',
        },
      },
      {
        id: 'bub-too-early',
        label: {
          en: 'Too early to tell',
          fr: 'Trop tôt pour le dire',
          de: 'Zu früh, um das zu sagen',
          es: 'Es pronto para saberlo',
          it: 'È troppo presto per dirlo',
        },
      },
    ],
  },
  'compute-energy': {
    question: {
      en: 'Is the energy AI uses a price worth paying?',
      fr: 'L’énergie consommée par l’IA est-elle un prix qui vaut la peine ?',
      de: 'Ist der Energieverbrauch der KI den Preis wert?',
      es: '¿Compensa la energía que consume la IA?',
      it: 'L’energia consumata dall’IA è un prezzo che vale la pena pagare?',
    },
    options: [
      {
        id: 'nrg-worth-it',
        label: {
          en: 'Yes, the benefits outweigh it',
          fr: 'Oui, les bénéfices l’emportent',
          de: 'Ja, der Nutzen überwiegt',
          es: 'Sí, los beneficios son mayores',
          it: 'Sì, i benefici sono maggiori',
        },
      },
      {
        id: 'nrg-if-low-carbon',
        label: {
          en: 'Only if the power is low-carbon',
          fr: 'Seulement si l’électricité est bas carbone',
          de: 'Nur wenn der Strom CO₂-arm ist',
          es: 'Solo si la electricidad es baja en carbono',
          it: 'Solo se l’elettricità è a basse emissioni',
        },
      },
      {
        id: 'nrg-cap-or-price',
        label: {
          en: 'It should be capped or priced',
          fr: 'Il faut la plafonner ou la faire payer',
          de: 'Er sollte begrenzt oder bepreist werden',
          es: 'Debería limitarse o tener un precio',
          it: 'Andrebbe limitata o tassata',
        },
      },
      {
        id: 'nrg-not-worth-it',
        label: {
          en: 'No, the cost is too high',
          fr: 'Non, le coût est trop élevé',
          de: 'Nein, die Kosten sind zu hoch',
          es: 'No, el coste es demasiado alto',
          it: 'No, il costo è troppo alto',
        },
      },
      NOT_SURE,
    ],
  },
  jobs: {
    question: {
      en: 'Overall, what will AI do to jobs?',
      fr: 'Au total, quel effet l’IA aura-t-elle sur l’emploi ?',
      de: 'Was wird KI insgesamt mit den Arbeitsplätzen machen?',
      es: 'En conjunto, ¿qué efecto tendrá la IA en el empleo?',
      it: 'Nel complesso, che effetto avrà l’IA sul lavoro?',
    },
    options: [
      {
        id: 'jobs-net-gain',
        label: {
          en: 'Create more jobs than it destroys',
          fr: 'Elle créera plus d’emplois qu’elle n’en détruira',
          de: 'Mehr Stellen schaffen als vernichten',
          es: 'Creará más empleos de los que destruya',
          it: 'Creerà più posti di lavoro di quanti ne distrugga',
        },
      },
      {
        id: 'jobs-transform',
        label: {
          en: 'Change jobs more than remove them',
          fr: 'Elle transformera les métiers plus qu’elle ne les supprimera',
          de: 'Berufe eher verändern als abschaffen',
          es: 'Transformará los empleos más que eliminarlos',
          it: 'Trasformerà i lavori più che eliminarli',
        },
      },
      {
        id: 'jobs-net-loss',
        label: {
          en: 'Destroy more jobs than it creates',
          fr: 'Elle détruira plus d’emplois qu’elle n’en créera',
          de: 'Mehr Stellen vernichten als schaffen',
          es: 'Destruirá más empleos de los que cree',
          it: 'Distruggerà più posti di lavoro di quanti ne crei',
        },
      },
      {
        id: 'jobs-depends-policy',
        label: {
          en: 'It depends on training and policy choices',
          fr: 'Cela dépendra de la formation et des choix politiques',
          de: 'Das hängt von Weiterbildung und Politik ab',
          es: 'Depende de la formación y de las decisiones políticas',
          it: 'Dipende dalla formazione e dalle scelte politiche',
        },
      },
      NOT_SURE,
    ],
  },
  regulation: {
    question: {
      en: 'Is Europe regulating AI the right way?',
      fr: 'L’Europe régule-t-elle l’IA de la bonne manière ?',
      de: 'Reguliert Europa die KI auf die richtige Weise?',
      es: '¿Regula Europa la IA de la manera adecuada?',
      it: 'L’Europa regola l’IA nel modo giusto?',
    },
    options: [
      {
        id: 'reg-too-much',
        label: {
          en: 'No, too much and too early',
          fr: 'Non, trop et trop tôt',
          de: 'Nein, zu viel und zu früh',
          es: 'No, demasiado y demasiado pronto',
          it: 'No, troppo e troppo presto',
        },
      },
      {
        id: 'reg-about-right',
        label: {
          en: 'Yes, broadly',
          fr: 'Oui, dans l’ensemble',
          de: 'Ja, im Großen und Ganzen',
          es: 'Sí, en general',
          it: 'Sì, nel complesso',
        },
      },
      {
        id: 'reg-too-little',
        label: {
          en: 'No, the rules are too weak',
          fr: 'Non, les règles sont trop faibles',
          de: 'Nein, die Regeln sind zu schwach',
          es: 'No, las normas son demasiado débiles',
          it: 'No, le regole sono troppo deboli',
        },
      },
      {
        id: 'reg-enforcement',
        label: {
          en: 'The rules matter less than how they are enforced',
          fr: 'Les règles comptent moins que leur application',
          de: 'Wichtiger als die Regeln ist ihre Durchsetzung',
          es: 'Las normas importan menos que su aplicación',
          it: 'Le regole contano meno della loro applicazione',
        },
      },
      NOT_SURE,
    ],
  },
  'open-source': {
    question: {
      en: 'Should the most capable AI models be open (open weights)?',
      fr: 'Les modèles d’IA les plus puissants doivent-ils être ouverts (poids publics) ?',
      de: 'Sollten die leistungsfähigsten KI-Modelle offen sein (offene Gewichte)?',
      es: '¿Deberían ser abiertos los modelos de IA más potentes (pesos abiertos)?',
      it: 'I modelli di IA più potenti dovrebbero essere aperti (pesi pubblici)?',
    },
    options: [
      {
        id: 'os-all-open',
        label: {
          en: 'Yes, openness helps progress and scrutiny',
          fr: 'Oui, l’ouverture aide le progrès et le contrôle',
          de: 'Ja, Offenheit fördert Fortschritt und Kontrolle',
          es: 'Sí, la apertura favorece el progreso y el escrutinio',
          it: 'Sì, l’apertura aiuta il progresso e il controllo',
        },
      },
      {
        id: 'os-open-with-safeguards',
        label: {
          en: 'Yes, except the riskiest ones',
          fr: 'Oui, sauf les plus risqués',
          de: 'Ja, außer den riskantesten',
          es: 'Sí, salvo los más arriesgados',
          it: 'Sì, tranne i più rischiosi',
        },
      },
      {
        id: 'os-controlled-access',
        label: {
          en: 'No, access should stay controlled',
          fr: 'Non, l’accès doit rester contrôlé',
          de: 'Nein, der Zugang sollte kontrolliert bleiben',
          es: 'No, el acceso debe seguir controlado',
          it: 'No, l’accesso deve restare controllato',
        },
      },
      {
        id: 'os-company-choice',
        label: {
          en: 'It is up to each developer',
          fr: 'C’est à chaque développeur de décider',
          de: 'Das sollte jeder Entwickler selbst entscheiden',
          es: 'Le corresponde a cada desarrollador',
          it: 'Spetta a ciascuno sviluppatore',
        },
      },
      NOT_SURE,
    ],
  },
};

/** Answer scales for the article's own questions. */
export type ScaleId = 'yes-no' | 'agreement' | 'importance';

export const SCALES: Record<ScaleId, PollOption[]> = {
  'yes-no': [
    { id: 'yes', label: { en: 'Yes', fr: 'Oui', de: 'Ja', es: 'Sí', it: 'Sì' } },
    { id: 'no', label: { en: 'No', fr: 'Non', de: 'Nein', es: 'No', it: 'No' } },
    NOT_SURE,
  ],
  // Five points with a true middle, so that a statement can be met with neither agreement nor dissent.
  agreement: [
    {
      id: 'agree-strongly',
      label: {
        en: 'Strongly agree',
        fr: 'Tout à fait d’accord',
        de: 'Stimme voll zu',
        es: 'Muy de acuerdo',
        it: 'Del tutto d’accordo',
      },
    },
    {
      id: 'agree',
      label: { en: 'Agree', fr: 'Plutôt d’accord', de: 'Stimme eher zu', es: 'De acuerdo', it: 'D’accordo' },
    },
    {
      id: 'neutral',
      label: {
        en: 'Neither agree nor disagree',
        fr: 'Ni d’accord ni pas d’accord',
        de: 'Weder noch',
        es: 'Ni de acuerdo ni en desacuerdo',
        it: 'Né d’accordo né in disaccordo',
      },
    },
    {
      id: 'disagree',
      label: {
        en: 'Disagree',
        fr: 'Plutôt pas d’accord',
        de: 'Stimme eher nicht zu',
        es: 'En desacuerdo',
        it: 'In disaccordo',
      },
    },
    {
      id: 'disagree-strongly',
      label: {
        en: 'Strongly disagree',
        fr: 'Pas du tout d’accord',
        de: 'Stimme gar nicht zu',
        es: 'Muy en desacuerdo',
        it: 'Del tutto in disaccordo',
      },
    },
  ],
  // Open questions ("Who will pay for this?") cannot be answered yes or no; the reader says instead how
  // much the question matters to them.
  importance: [
    {
      id: 'matters-a-lot',
      label: {
        en: 'It matters a lot to me',
        fr: 'Elle compte beaucoup pour moi',
        de: 'Sie ist mir sehr wichtig',
        es: 'Me importa mucho',
        it: 'Per me conta molto',
      },
    },
    {
      id: 'matters-somewhat',
      label: {
        en: 'It matters somewhat',
        fr: 'Elle compte un peu',
        de: 'Sie ist mir etwas wichtig',
        es: 'Me importa algo',
        it: 'Conta abbastanza',
      },
    },
    {
      id: 'matters-little',
      label: {
        en: 'It hardly matters to me',
        fr: 'Elle compte peu pour moi',
        de: 'Sie ist mir kaum wichtig',
        es: 'Me importa poco',
        it: 'Per me conta poco',
      },
    },
    NOT_SURE,
  ],
};

/**
 * Words that open a question calling for an open answer ("quelle place pour…", "¿cómo…?"), per language.
 * Only the first word of the question's last clause is compared, lower-cased, apostrophe elisions cut.
 */
export const OPEN_QUESTION_WORDS: Record<Lang, readonly string[]> = {
  en: ['what', 'which', 'who', 'whom', 'whose', 'why', 'how', 'where', 'when'],
  fr: [
    'que', 'qu', 'quoi', 'quel', 'quelle', 'quels', 'quelles', 'qui', 'pourquoi', 'comment', 'où', 'quand',
    'combien', 'lequel', 'laquelle', 'lesquels', 'lesquelles',
  ],
  de: [
    'was', 'wer', 'wen', 'wem', 'wessen', 'warum', 'wieso', 'weshalb', 'weswegen', 'wie', 'wo', 'wann',
    'welche', 'welcher', 'welches', 'welchen', 'welchem', 'woher', 'wohin', 'womit', 'wofür', 'wozu',
  ],
  es: [
    'qué', 'quién', 'quiénes', 'cuál', 'cuáles', 'cómo', 'dónde', 'cuándo', 'cuánto', 'cuánta', 'cuántos',
    'cuántas', 'por qué', 'para qué',
  ],
  it: [
    'che', 'chi', 'quale', 'quali', 'qual', 'come', 'dove', 'quando', 'perché', 'quanto', 'quanta', 'quanti',
    'quante', 'cosa', 'cos',
  ],
};

/** Conjunctions that may open a question without changing its kind ("Mais comment… ?", "And who… ?"). */
export const LEADING_CONJUNCTIONS: Record<Lang, readonly string[]> = {
  en: ['and', 'but', 'so', 'then', 'yet'],
  fr: ['et', 'mais', 'donc', 'alors', 'or'],
  de: ['und', 'aber', 'doch', 'also', 'denn'],
  es: ['y', 'pero', 'entonces', 'pues'],
  it: ['e', 'ma', 'allora', 'dunque', 'quindi'],
};

const OPTION_INDEX: ReadonlyMap<string, PollOption> = (() => {
  const index = new Map<string, PollOption>();
  for (const poll of Object.values(THEME_POLLS)) for (const option of poll.options) index.set(option.id, option);
  for (const scale of Object.values(SCALES)) for (const option of scale) index.set(option.id, option);
  return index;
})();

/** The wording of any stored option id, or null for an id this version does not know. */
export function findPollOption(optionId: string): PollOption | null {
  return OPTION_INDEX.get(optionId) ?? null;
}
