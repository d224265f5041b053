// Plain English the matcher needs that is not in the data: function words, the cue words of each
// intent, month names and a few very short misspellings fuzzy matching cannot safely fix.

export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;

export const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Words that carry no content of their own; never "unknown", never a reason to refuse. */
export const FUNCTION_WORDS = new Set(
  `a an the and or but nor so yet of in on at to for from by with without about into onto over under
  between among through during before after since until till upon via per than then there here
  i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
  this that these those who whom whose which what when where why how whats whos hows wheres whens
  is am are was were be been being do does did done doing have has had having will would shall should
  can could may might must ought not no yes yeah yep nope none any some all both each either neither
  every many much more most few less least other another such same own only just also too very really
  quite rather again ever even still already please pls plz thanks thank thx hi hey hello ok okay
  tell say said says know knew let lets give show list name names find explain describe want wanted
  need like get got go went make made take took see saw look one two three first second third last
  latest earlier earliest later recent recently previous exactly actually anything something nothing
  everything someone anyone everyone somebody anybody thing things stuff kind sort type way ways
  well bot talksbot you mean meant as if whether because while though although into out up down off
  happen happened happening occur occurred hold held take place took part part specifically
  lol pls btw u ur r y im dont didnt doesnt wasnt werent isnt arent cant couldnt wont wouldnt its
  getting gets nah yo bro mate guys folks anyway basically quick quickly short shortly missed miss catch caught gimme wanna gonna
  remind reminder recall remember curious wondering wonder hmm um uh idk tbh imo fyi ok ok so okay cool great nice
  exactly roughly approximately
  article articles report reports reported vna news source sources according text quote quotes
  question questions answer answers info information detail details tldr mentioned mention mentions
  regarding concerning re topic topics subject issue issues matter matters point points
  each other mr mrs ms sir madam dr also besides furthermore moreover however therefore`.split(/\s+/),
);

/** Cue phrases per intent (already normalized). Longer, more specific phrases first. */
export const CUES = {
  help: ['help', 'what can you do', 'what can i ask', 'how do i use', 'commands', 'usage'],
  compare: ['compare', 'comparison', 'difference', 'differences', 'differ', 'differed', 'different', 'versus', 'vs',
    'in common', 'similarities', 'similarity', 'similar', 'what changed', 'changed between', 'contrast', 'same people',
    'same officials', 'same participants', 'same person', 'same ppl', 'the same'],
  talks: ['list the talks', 'list all talks', 'list talks', 'which talks', 'what talks', 'how many talks', 'how many meetings',
    'how many times', 'which meetings', 'what meetings', 'what articles', 'which articles', 'what reports', 'which reports',
    'what do you know', 'what sources', 'which sources', 'all the talks', 'all talks', 'list of talks', 'list the meetings',
    'what events', 'which events', 'talks do you cover', 'talks you cover', 'what do you cover'],
  /** Asking for a summary whatever else the question names ("sum up what Quan said"). */
  summaryStrong: ['summary', 'summarize', 'summarise', 'summarized', 'summarised', 'sum up', 'overview', 'recap', 'gist',
    'main points', 'key points', 'highlights', 'tl dr', 'tldr', 'rundown', 'in a nutshell', 'outline', 'briefly', 'brief'],
  summary: ['what happened', 'what was discussed', 'what did they discuss', 'what did they talk about', 'what were the talks about',
    'what was the call about', 'what was the meeting about', 'what were they about', 'what was it about', 'tell me about',
    'about the talks', 'what went on', 'what was said', 'what was talked about', 'what topics', 'which topics', 'topics',
    'what issues', 'which issues', 'what subjects', 'agenda'],
  agreements: ['agree', 'agreed', 'agreement', 'agreements', 'sign', 'signed', 'signing', 'signature', 'signatories', 'deal', 'deals',
    'treaty', 'treaties', 'accord', 'accords', 'memorandum', 'mou', 'commit', 'committed', 'commitment', 'commitments',
    'affirm', 'affirmed', 'reaffirmed', 'pledge', 'pledged', 'ink', 'inked', 'concluded'],
  /** Agreement words that are also ordinary topic words ("the land border documents"). */
  agreementsWeak: ['decide', 'decided', 'decision', 'decisions', 'outcome', 'outcomes', 'result', 'results',
    'cooperation plan', 'plan', 'plans', 'scheme', 'schemes', 'documents', 'document', 'paper', 'papers'],
  /** About the format whatever else the question names ("did they sign it in person?"). */
  formatStrong: ['in person', 'face to face', 'facetoface', 'physically', 'remotely', 'virtually', 'same room', 'meet up',
    'format', 'medium', 'what kind of talks', 'what kind of meeting', 'what type of talks', 'what type of meeting',
    'what form', 'in what way', 'what way', 'what means'],
  format: ['by phone', 'over the phone', 'on the phone', 'via video', 'by video', 'online', 'virtual', 'remote',
    'did they meet', 'travel', 'visit', 'visited', 'held how'],
  when: ['when', 'what date', 'which date', 'what day', 'which day', 'what year', 'which year', 'what month', 'which month',
    'date', 'dates', 'dated', 'how long ago', 'what time'],
  who: ['who', 'whom', 'participants', 'participant', 'attendees', 'attended', 'attend', 'took part', 'take part',
    'participated', 'participate', 'involved', 'counterpart', 'counterparts', 'which officials', 'what officials',
    'which people', 'what people', 'delegates', 'delegation', 'represented', 'representatives', 'was present', 'were present'],
  personRole: ['who is', 'who was', 'whos', 'role', 'roles', 'position', 'positions', 'title', 'titles', 'job',
    'post', 'office', 'what does', 'tell me about', 'describe', 'information on', 'info on', 'profile', 'what is', 'whats',
    'which party', 'what party', 'belong', 'belongs', 'affiliation', 'affiliated', 'member of', 'represent', 'represents',
    'work for', 'works for', 'head of', 'chairman', 'chair'],
  /** Asking who led an organisation: answered with the people who did at the talks. */
  leaderOf: ['in charge of', 'in charge', 'who heads', 'who headed', 'who leads', 'who led', 'who chaired', 'who chairs', 'who was head', 'who was the head',
    'who is the head', 'who was chairman', 'who is the chairman', 'who was the chairman', 'who runs', 'who ran', 'head of', 'chairman of', 'leader of'],
  /** Who-words that ask for the participants even when a person is named ("who was Quan's counterpart?"). */
  participation: ['counterpart', 'counterparts', 'participants', 'attendees', 'attended', 'attend', 'took part', 'take part',
    'participated', 'with whom', 'who else', 'who did', 'at both', 'at the talks', 'in the talks', 'on the call', 'both talks',
    'at both talks', 'was there', 'were there', 'present', 'joined', 'in the call', 'on the phone call', 'in the talks',
    'was in', 'were in', 'was on', 'were on', 'speak with', 'spoke with', 'speak to', 'spoke to', 'talk to', 'talked to', 'talk with', 'talked with'],
  organisation: ['stand for', 'stands for', 'standing for', 'acronym', 'abbreviation', 'abbreviated', 'short for', 'mean',
    'meaning', 'means', 'define', 'definition', 'full name', 'full form', 'expand', 'expansion', 'what is', 'what s',
    'whats', 'what are', 'who is', 'who heads', 'who leads', 'who led', 'who headed', 'head of', 'chairman of', 'chair of', 'leader of'],
  said: ['say', 'said', 'says', 'saying', 'discuss', 'discussed', 'discussion', 'talk about', 'talked about', 'speak about',
    'spoke about', 'spoke', 'mention', 'mentioned', 'raise', 'raised', 'bring up', 'brought up', 'brought', 'address',
    'addressed', 'cover', 'covered', 'touch on', 'touched on', 'comment', 'commented', 'statement', 'statements', 'view',
    'views', 'position on', 'stance', 'urge', 'urged', 'call for', 'called for', 'called on', 'ask for', 'asked for',
    'propose', 'proposed', 'suggest', 'suggested', 'hope', 'hoped', 'express', 'expressed', 'announce', 'announced',
    'thank', 'thanked', 'congratulate', 'congratulated', 'praise', 'praised', 'emphasise', 'emphasised', 'emphasize',
    'emphasized', 'note', 'noted', 'stress', 'stressed', 'come up', 'came up', 'what about', 'anything about', 'regarding'],
} as const;

/** Things people ask that the articles never say; answered with an honest refusal. */
export const UNSUPPORTED: readonly { cues: readonly string[]; reason: string }[] = [
  { cues: ['how old', 'age', 'ages', 'born', 'birth', 'birthday', 'birthplace', 'hometown', 'married', 'wife', 'husband',
    'children', 'kids', 'family', 'salary', 'net worth', 'height', 'tall', 'degree', 'university', 'died', 'death', 'dead', 'alive'],
    reason: 'The articles say nothing personal about the officials (age, birth, family, background); only their names and roles at the talks.' },
  { cues: ['next', 'future', 'upcoming', 'will they', 'will the', 'going to', 'plan to meet', 'planning to meet', 'meet again',
    'talk again', 'next time', 'tomorrow', 'next year', 'predict', 'prediction', 'forecast'],
    reason: 'The articles report two past talks; they say nothing about future meetings.' },
  { cues: ['how long', 'duration', 'minutes', 'hours', 'lasted', 'last for', 'what time'],
    reason: 'The articles do not say how long the talks lasted or at what time they were held.' },
  { cues: ['language', 'languages', 'interpreter', 'translator', 'translated', 'english', 'chinese language', 'vietnamese language', 'mandarin'],
    reason: 'The articles do not say what language the talks were held in.' },
  { cues: ['where were', 'where was', 'where did', 'where is', 'where are', 'where do', 'where exactly', 'location', 'venue',
    'which city', 'what city', 'which room', 'which country were', 'from where'],
    reason: 'The articles do not say where the participants were: the 2020 talks were held by phone and the 2022 talks via videoconference (that report is datelined Hanoi).' },
  { cues: ['weather', 'temperature', 'stock', 'bitcoin', 'price', 'prices', 'recipe', 'football', 'soccer', 'score',
    'movie', 'song lyrics', 'joke', 'poem', 'python', 'javascript', 'password'],
    reason: 'That is outside the two articles this bot knows.' },
];

/** Very short misspellings (fuzzy matching is unsafe below four letters). */
export const SHORT_TYPOS: Readonly<Record<string, string>> = {
  wen: 'when', whn: 'when', wehn: 'when', wat: 'what', wht: 'what', waht: 'what', hwo: 'who', woh: 'who', whi: 'who',
  hw: 'how', agre: 'agree', sgn: 'sign', vid: 'video', fone: 'phone', covd: 'covid', cvid: 'covid', abt: 'about',
  bc: 'because', ppl: 'people', msg: 'message', thru: 'through', tho: 'though', abut: 'about', teh: 'the', hte: 'the',
  waz: 'was', wer: 'were', wre: 'were', dat: 'date', tlks: 'talks', tak: 'talk', w: 'with', n: 'and', ur: 'your',
  b4: 'before', wrt: 'about', re: 'about',
};

/** Words a question about price or value uses; known so they are not taken for unknown content. */
export const EXTRA_KNOWN = ['cost', 'costs', 'price', 'value', 'valued', 'worth', 'amount', 'money', 'much', 'total', 'sum',
  'belong', 'belongs', 'member', 'affiliation', 'tl', 'conversation', 'conversations', 'dialogue', 'chat', 'period', 'cover', 'covers',
  'yes', 'no', 'true', 'false', 'right', 'correct', 'did', 'doing', 'happen', 'conduct', 'conducted', 'organised', 'organized'];

/** Words that tie a "when" question to the talks (so "when did Vietnam join ASEAN?" is not answered). */
export const TALK_ANCHORS = new Set(
  `talk talks talked talking call calls meeting meetings meet met conference videoconference videoconferencing phone video
  discussion discussions negotiation negotiations session sessions spoke speak speaking held hold happen happened
  place occur occurred chat chatted exchange exchanges officials sides conversation conversations dialogue`.split(/\s+/),
);

/** Words that anchor a "who" question to the talks (who *took part*), unlike "who won the cup". */
export const PARTICIPATION_WORDS = new Set(
  `talk talks talked talking call calls called meeting meetings meet met conference videoconference videoconferencing
  phone video discussion discussions negotiation negotiations session sessions participants participant participated
  participate attendees attended attend involved present there joined join held officials official sides side delegates
  delegation represented representing representatives counterpart counterparts spoke speak talked chatted hosted led
  took part parties party people person conversation conversations dialogue`.split(/\s+/),
);

export const ORDINALS: Readonly<Record<string, 'first' | 'last'>> = {
  first: 'first', earlier: 'first', earliest: 'first', older: 'first', oldest: 'first', previous: 'first', former: 'first',
  second: 'last', latest: 'last', later: 'last', last: 'last', recent: 'last', newest: 'last', newer: 'last', latter: 'last',
  'most recent': 'last',
};
