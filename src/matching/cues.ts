// Plain English the matcher needs that is not in the data: function words, the cue words of each
// intent, month names and a few very short misspellings fuzzy matching cannot safely fix.
import type { UnsupportedKind } from '../refusal-kinds.js';

export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;

export const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Grammar: articles, pronouns, auxiliaries, prepositions, conjunctions, question words, quantifiers. */
export const STOP_WORDS = new Set(
  `a an the and or but nor so yet of in on at to for from by with without about into onto over under
  between among through during before after since until till upon via per than then there here
  i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
  this that these those who whom whose which what when where why how whats whos hows wheres whens
  is am are was were be been being do does did done doing have has had having will would shall should
  can could may might must ought not no yes yeah yep nope none any some all both each either neither
  every many much more most few less least other another such same own only just also too very really
  quite rather again ever even still already as if whether because while though although out up down off
  dont didnt doesnt wasnt werent isnt arent cant couldnt wont wouldnt its im ive id youre theyre
  each other also besides furthermore moreover however therefore exactly roughly approximately`.split(/\s+/),
);

/** Chat: greetings, politeness, slang and filler. Never the subject of a question. */
export const CHAT_WORDS = new Set(
  `please pls plz plss thanks thx ty tysm hi hey heya hello hiya yo sup ok okay okk k kk cool great nice
  lol lmao lmfao rofl haha hahaha hehe xd omg omfg wtf btw u ur r y ya ye yea nah bro bruh mate guys folks dude
  anyway anyways basically literally honestly seriously quick quickly asap rn tho tbh ngl imo imho fyi idk idc
  hmm hmmm um umm uh uhh er erm ah oh ooh wow well fine sure alright aight pretty kinda sorta gonna wanna gotta
  gimme lemme dunno yall ppl fr frfr lowkey highkey smh istg af rly pls sry sorry oops ugh meh yay welp
  wondering wonder curious remind reminder recall remember mr mrs ms sir madam dr bot talksbot gm gn gg morning evening
  afternoon night smth sth smthn somethin nvm pls thankyou cheers greetings`.split(/\s+/),
);

/**
 * Words about the asking itself rather than its subject: asking, telling, the articles, answers and
 * details, school work. They never make the bot refuse, and never pick a fact on their own.
 */
export const FRAME_WORDS = new Set(
  `tell say said says know knew let lets give show list name names find explain describe want wanted
  need like get got go went make made take took see saw look one two three first second third last
  latest earlier earliest later recent recently previous actually anything something nothing
  everything someone anyone everyone somebody anybody thing things stuff kind sort type way ways
  mean meant happen happened happening occur occurred hold held take place took part part specifically
  getting gets short shortly missed miss catch caught
  article articles report reports reported vna news source sources according text quote quotes sentence sentences
  question questions q qs answer answers info information detail details deets tldr mentioned mention mentions
  regarding concerning re topic topics subject issue issues matter matters point points fact facts
  teacher prof professor lecturer tutor homework assignment essay class course exam test quiz project presentation
  friend friends boss colleague classmate mum mom dad chat server channel discord vibe vibes tea scoop lowdown
  context bit bits piece part time sec moment second minute while guy guys person man woman lady gentleman fella folk
  quality qualities characteristic characteristics feature features aspect aspects element elements kind kinds type types
  end beginning start middle bullet bullets list lists paragraph paragraphs line lines word words sentence version
  example examples sense idea gist overall whole total entity entities`.split(/\s+/),
);

/** Words that carry no content of their own; never "unknown", never a reason to refuse. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([...STOP_WORDS, ...CHAT_WORDS, ...FRAME_WORDS]);

/** Cue phrases per intent (already normalized). Longer, more specific phrases first. */
export const CUES = {
  /**
   * A judgement of a side, whoever is named ("which side is right", "who's actually right", "who is to blame"):
   * refused as an opinion when the asking part of a message says it ("I'm not sure that's right" in its context
   * is the asker's doubt, not a question).
   */
  judgement: ['is right', 'are right', 'was right', 'were right', 'who s right', 'whos right', 'actually right', 'really right', 'in the right',
    'in the wrong', 'is wrong', 'was wrong', 'to blame', 'at fault', 'more legitimate', 'legitimate claim', 'stronger claim', 'better claim'],
  help: ['help', 'what can you do', 'what can i ask', 'how do i use', 'commands', 'usage'],
  compare: ['compare', 'comparison', 'difference', 'differences', 'differ', 'differed', 'different', 'versus', 'vs',
    'in common', 'similarities', 'similarity', 'similar', 'what changed', 'changed between', 'contrast', 'same people',
    'same officials', 'same participants', 'same person', 'same ppl', 'the same',
    'same guy', 'same guys', 'same man', 'same official', 'same representative', 'same representatives', 'same counterpart', 'same individual', 'same delegation'],
  talks: ['list the talks', 'list all talks', 'list talks', 'which talks', 'what talks', 'how many talks', 'how many meetings',
    'how many times', 'which meetings', 'what meetings', 'what articles', 'which articles', 'what reports', 'which reports',
    'what do you know', 'what sources', 'which sources', 'all the talks', 'all talks', 'list of talks', 'list the meetings',
    'what events', 'which events', 'talks do you cover', 'talks you cover', 'what do you cover'],
  /** About the reports themselves: outlet, headline, dateline. */
  source: ['news agency', 'which outlet', 'what outlet', 'which agency', 'what agency', 'who published', 'who reported', 'published by',
    'reported by', 'dateline', 'datelined', 'headline', 'headlines', 'which newspaper', 'what newspaper', 'which news', 'what news outlet',
    'source of the', 'where is the report from', 'byline', 'photo caption', 'caption'],
  /** Asking for a summary whatever else the question names ("sum up what Quan said"). */
  summaryStrong: ['summary', 'summarize', 'summarise', 'summarized', 'summarised', 'sum up', 'overview', 'recap', 'gist',
    'main points', 'key points', 'highlights', 'tl dr', 'tldr', 'rundown', 'in a nutshell', 'outline', 'briefly', 'brief me', 'in brief',
    'brief summary', 'brief overview', 'bullet points'],
  summary: ['what happened', 'what was discussed', 'what did they discuss', 'what did they talk about', 'what were the talks about',
    'what was the call about', 'what was the meeting about', 'what were they about', 'what was it about', 'tell me about',
    'about the talks', 'what went on', 'what was said', 'what was talked about', 'what topics', 'which topics', 'topics',
    'what issues', 'which issues', 'what subjects', 'agenda'],
  agreements: ['agree', 'agreed', 'agreement', 'agreements', 'sign', 'signed', 'signing', 'signature', 'signatories', 'deal', 'deals',
    'treaty', 'treaties', 'accord', 'accords', 'memorandum', 'mou', 'commit', 'committed', 'commitment', 'commitments',
    'affirm', 'affirmed', 'reaffirmed', 'pledge', 'pledged', 'ink', 'inked', 'concluded'],
  /** Agreement words that are also ordinary topic words ("the land border documents"). */
  agreementsWeak: ['decide', 'decided', 'decision', 'decisions', 'outcome', 'outcomes', 'result', 'results',
    'cooperation plan', 'plan', 'plans', 'scheme', 'schemes', 'documents', 'document', 'paper', 'papers', 'came out of', 'come out of'],
  /** About the format whatever else the question names ("did they sign it in person?"). */
  formatStrong: ['in person', 'face to face', 'facetoface', 'physically', 'remotely', 'virtually', 'same room', 'meet up',
    'format', 'medium', 'what kind of talks', 'what kind of meeting', 'what type of talks', 'what type of meeting'],
  /** A manner asked ("in what way", "by what means"): the format when the talks' holding is asked, else how a subject was to be done. */
  manner: ['what form', 'in what way', 'what way', 'what means', 'by what means', 'what method', 'what methods'],
  format: ['by phone', 'over the phone', 'on the phone', 'via video', 'by video', 'online', 'virtual', 'remote',
    'did they meet', 'travel', 'visit', 'visited', 'held how'],
  /** The time between talks: answered with their dates ("how far apart were the talks?"). */
  interval: ['how far apart', 'how long between', 'how long apart', 'how much time between', 'time between', 'gap between',
    'how long after', 'how long before', 'how many months between', 'how many years between', 'apart', 'time passed', 'time elapsed',
    'passed between', 'elapsed between', 'how much time passed', 'interval', 'time separated', 'time separating', 'time separates', 'time separate', 'months separated', 'years separated', 'lay between',
    'days separated', 'weeks separated', 'days between', 'weeks between', 'days passed', 'days elapsed', 'separated the', 'separates the', 'separating the',
    'how long was it between', 'how long was there between', 'how long did it take between'],
  when: ['when', 'what date', 'which date', 'what day', 'which day', 'what year', 'which year', 'what month', 'which month',
    'which years', 'what years', 'which dates', 'what dates', 'happened first', 'came first', 'took place first', 'held first',
    'date', 'dates', 'dated', 'how long ago', 'what time'],
  who: ['who', 'whom', 'participants', 'participant', 'attendees', 'attended', 'attend', 'took part', 'take part',
    'participated', 'participate', 'involved', 'counterpart', 'counterparts', 'which officials', 'what officials',
    'which people', 'what people', 'delegates', 'delegation', 'represented', 'representatives', 'was present', 'were present',
    'which parties', 'which two parties', 'what parties', 'which sides', 'which side', 'which official', 'what official',
    'which leader', 'which leaders',
    // Asking a person's name is asking who: "what's the name of the Chinese official?"
    'name of the', 'whats the name', 'what is the name', 'what was the name', 'whats his name', 'what is his name', 'what was his name'],
  personRole: ['who is', 'who was', 'whos', 'role', 'roles', 'position', 'positions', 'title', 'titles', 'job',
    'post', 'office', 'what does', 'tell me about', 'describe', 'information on', 'info on', 'profile', 'what is', 'whats',
    'which party', 'what party', 'belong', 'belongs', 'affiliation', 'affiliated', 'member of', 'represent', 'represents',
    'work for', 'works for', 'head of', 'chairman', 'chair'],
  /** Asking who led an organisation: answered with the people who did at the talks. */
  leaderOf: ['in charge of', 'in charge', 'who heads', 'who headed', 'who leads', 'who led', 'who chaired', 'who chairs', 'who was head', 'who was the head',
    'who is the head', 'who was chairman', 'who is the chairman', 'who was the chairman', 'who runs', 'who ran', 'head of', 'chairman of', 'leader of',
    'general secretary of', 'secretary general of', 'president of', 'chief of', 'boss of'],
  /** Who-words that ask for the participants even when a person is named ("who was Quan's counterpart?"). */
  participation: ['counterpart', 'counterparts', 'participants', 'attendees', 'attended', 'attend', 'took part', 'take part',
    'participated', 'with whom', 'who else', 'who did', 'at both', 'at the talks', 'in the talks', 'on the call', 'both talks',
    'at both talks', 'was there', 'were there', 'present', 'joined', 'in the call', 'on the phone call', 'in the talks',
    'was in', 'were in', 'was on', 'were on', 'had talks with', 'held talks with', 'hold talks with', 'met with', 'which officials', 'what officials',
    'speak with', 'spoke with', 'speak to', 'spoke to', 'talk to', 'talked to', 'talk with', 'talked with'],
  organisation: ['stand for', 'stands for', 'standing for', 'acronym', 'abbreviation', 'abbreviated', 'short for', 'mean',
    'meaning', 'means', 'define', 'definition', 'full name', 'full form', 'expand', 'expansion', 'what is', 'what s',
    'whats', 'what are', 'who is', 'who heads', 'who leads', 'who led', 'who headed', 'head of', 'chairman of', 'chair of', 'leader of'],
  said: ['say', 'said', 'says', 'saying', 'discuss', 'discussed', 'discussion', 'talk about', 'talked about', 'speak about',
    'spoke about', 'spoke', 'mention', 'mentioned', 'raise', 'raised', 'bring up', 'brought up', 'brought', 'address',
    'addressed', 'cover', 'covered', 'touch on', 'touched on', 'comment', 'commented', 'statement', 'statements', 'view',
    'views', 'position on', 'stance', 'urge', 'urged', 'call for', 'called for', 'called on', 'ask for', 'asked for',
    'propose', 'proposed', 'suggest', 'suggested', 'hope', 'hoped', 'express', 'expressed', 'announce', 'announced',
    'thank', 'thanked', 'congratulate', 'congratulated', 'praise', 'praised', 'emphasise', 'emphasised', 'emphasize',
    'emphasized', 'note', 'noted', 'stress', 'stressed', 'come up', 'came up', 'what about', 'anything about', 'regarding',
    'share', 'shared', 'sharing', 'offer', 'offered', 'promise', 'promised', 'push for', 'pushed for', 'put forward', 'seek', 'sought',
    'respond', 'responded', 'react', 'reacted', 'reply', 'replied', 'call on', 'calls on', 'calling on', 'calling for', 'calls for',
    'describe', 'described', 'assess', 'assessed', 'evaluate', 'evaluated', 'characterise', 'characterised', 'characterize',
    'characterized', 'portray', 'portrayed'],
} as const;

/** Aspects of a question that answerers need: each a list of cue phrases (normalized words). */
export const ASPECT_CUES = {
  /** "Signed" words: a signed document, not a spoken agreement. */
  signed: ['sign', 'signed', 'signing', 'signature', 'signatories', 'ink', 'inked', 'document', 'documents', 'treaty', 'treaties',
    'memorandum', 'mou'],
  agreed: ['agree', 'agreed', 'affirm', 'affirmed', 'reaffirmed'],
  /** Asking whether something was hoped for, proposed or urged rather than agreed. */
  hoped: ['hope', 'hoped', 'hopes', 'hoping', 'wish', 'wished', 'wanted', 'want', 'suggest', 'suggested', 'propose', 'proposed', 'urge', 'urged'],
  /** Asking whether something came up at all. */
  mentioned: ['mention', 'mentioned', 'mentions', 'bring up', 'brought up', 'raise', 'raised', 'come up', 'came up', 'discuss', 'discussed',
    'talk about', 'talked about', 'refer', 'referred', 'cover', 'covered', 'address', 'addressed', 'touch on', 'touched on'],
  inPerson: ['in person', 'face to face', 'facetoface', 'physically', 'same room', 'travel', 'visit', 'visited', 'meet up', 'did they meet',
    'fly', 'flew', 'trip'],
  count: ['how many', 'number of', 'how much of'],
  amount: ['how much', 'worth', 'value', 'valued', 'cost', 'costs', 'amount', 'sum', 'total', 'money', 'how big', 'how large',
    'in dollars', 'size of', 'volume of'],
  both: ['both talks', 'both times', 'each time', 'both meetings', 'both calls', 'at both', 'in both', 'each talk', 'every time', 'both'],
  /** Asks about every talk, each on its own: the answer gives each talk its line. */
  eachTalk: ['both talks', 'both times', 'each time', 'both meetings', 'both calls', 'each talk', 'every time', 'each round', 'each of the two',
    'both rounds', 'each meeting', 'each call', 'each article', 'either talk', 'both articles', 'both reports', 'each report'],
  definition: ['what is', 'what are', 'whats', 'what does', 'meaning of', 'mean', 'means', 'define', 'definition', 'explain', 'stand for',
    'stands for', 'what exactly is', 'what exactly are'],
  /** "Who else…?", "any other officials?": beyond the people the article names. */
  others: ['who else', 'anyone else', 'anybody else', 'any other', 'other officials', 'others', 'someone else', 'other people'],
  which: ['which talk', 'which talks', 'which meeting', 'which call', 'which one', 'which year', 'which of the', 'in which', 'at which',
    'what talk', 'what meeting', 'which conversation'],
} as const;

/** Verbs and nouns of particular speech acts: a question using one wants the statements that report it. */
export const SPEECH_ACTS = new Set(['highly', 'thank', 'congratulate', 'urge', 'announce', 'suggest', 'propose', 'hope', 'praise', 'emphasize',
  'emphasise', 'stress', 'sympathy', 'condolence', 'respond', 'call']);

/** Words that open a yes/no question. */
export const YES_NO_OPENERS = new Set(['was', 'were', 'did', 'is', 'are', 'do', 'does', 'has', 'have', 'had', 'can', 'could', 'will', 'would',
  'should', 'r', 'didnt', 'wasnt', 'werent', 'isnt', 'arent', 'dont', 'doesnt']);

/** Words after which the next word is a verb ("should focus", "did they rate"), whatever it is as a noun. */
export const BEFORE_VERB = new Set(['should', 'would', 'could', 'can', 'will', 'must', 'to', 'they', 'he', 'she', 'we', 'i', 'you', 'might',
  'may', 'cant', 'wont', 'shall']);

/**
 * Helping someone "deal with" a thing is handling it, no deal signed ("thanked Vietnam for helping it deal with the
 * floods"). Only after a verb of helping: "what did he propose to deal with it?" may still read as an agreement.
 */
export const CUE_MASKS: readonly string[] = [
  ...['help', 'helps', 'helped', 'helping'].flatMap((h) =>
    // "*" is any one word: whoever is helped ("help it", "helping china").
    ['', '* ', 'the * '].map((o) => `${h} ${o}deal with`)),
  // "What time span does the plan cover?": a period asked, not the time of day ("what time").
  'time span', 'time period',
];

/** What people ask that the articles never say, by kind; the refusal's wording is built from the data. */
export type { UnsupportedKind };

export const UNSUPPORTED: readonly { readonly kind: UnsupportedKind; readonly cues: readonly string[] }[] = [
  { kind: 'instructions', cues: ['ignore your instructions', 'ignore all previous', 'ignore previous', 'ignore the above', 'ignore all instructions',
    'disregard', 'you are now', 'pretend', 'act as', 'roleplay', 'role play', 'new rule', 'your own knowledge', 'jailbreak', 'system prompt',
    'write a poem', 'write me a poem', 'write a speech', 'write a story', 'write an essay', 'write a song', 'poem', 'haiku', 'tell me a joke', 'joke'] },
  /** The bot's own view: it reports, it does not judge. */
  { kind: 'opinion', cues: ['do you think', 'you think', 'your opinion', 'your view', 'your views', 'do you like', 'do you love', 'do you hate',
    'you like', 'do you agree', 'do you feel', 'who is right', 'who was right', 'is it right', 'was it right',
    'good or bad', 'right or wrong', 'rate the', 'rate their', 'rate its', 'on a scale', 'out of 10', 'from 1 to 10', 'should i', 'should we',
    'recommend', 'recommendation', 'advice', 'advise me', 'invest', 'buy', 'sell'] },
  { kind: 'maths', cues: ['multiplied by', 'divided by', 'calculate', 'convert', 'square root', 'to euros', 'exchange rate',
    // Sharing an amount out: "split 1.5 million yuan evenly between 6 provinces".
    'split evenly', 'split equally', 'divided evenly', 'divided equally', 'shared evenly', 'shared equally', 'evenly between', 'evenly among',
    'equally between', 'equally among', 'if you split', 'if you divide', 'if it were split', 'if it was split',
    // A share of an amount or arithmetic on it: "what's 17% of 235,000?", "a third of the 1.5 million yuan", "235,000 times 3".
    'percent of', 'per cent of', 'percentage of', 'a half of', 'a third of', 'one third of', 'two thirds of', 'a quarter of',
    'one quarter of', 'three quarters of', 'a fifth of', 'a tenth of', 'one tenth of', 'multiply', 'multiplied', 'times two',
    'times three', 'times ten', 'add up', 'subtract', 'subtracted', 'double the amount', 'triple the amount',
    'twice the amount', 'half the amount', 'half of the amount'] },
  { kind: 'personal', cues: ['how old', 'age', 'ages', 'born', 'birth', 'birthday', 'birthplace', 'hometown', 'married', 'wife', 'husband',
    'children', 'kids', 'family', 'salary', 'net worth', 'height', 'tall', 'degree', 'university', 'died', 'death', 'dead', 'alive'] },
  { kind: 'future', cues: ['next', 'future', 'upcoming', 'will they', 'will the', 'going to', 'plan to meet', 'planning to meet', 'meet again',
    'talk again', 'next time', 'tomorrow', 'next year', 'predict', 'prediction', 'forecast', 'since then', 'afterwards', 'later on',
    // A time after the talks reckoned from them: "did they meet in person later that year?".
    'later that year', 'later that month', 'later in the year', 'later the same year', 'the following year', 'the year after',
    // Another instance of the talks than the two reported: no article tells of one ("a follow-up round", "talks again").
    // Not "the second meeting": the later of the two reported may be called so.
    'follow up round', 'follow up talks', 'follow up meeting', 'follow up call', 'follow up talk', 'follow up session', 'another round',
    'a further round', 'a new round', 'subsequent round', 'subsequent talks', 'subsequent meeting', 'met again', 'talked again', 'spoke again',
    'talks again', 'meeting again', 'held another',
    'later became', 'move to', 'moved to', 'went on to', 'currently', 'nowadays', 'these days', 'right now', 'today', 'still in office',
    'this year', 'this month', 'this week', 'last year', 'last month', 'last week', 'yesterday', 'current state', 'current situation', 'at the moment', 'at present', 'as of now', 'as of today', 'up to date',
    'successor', 'predecessor', 'replaced', 'since when', 'became', 'become head', 'took office', 'take office', 'appointed', 'career'] },
  { kind: 'timing', cues: ['by when', 'deadline', 'deadlines', 'how soon', 'due date', 'timeline', 'time frame', 'timeframe', 'target date'] },
  { kind: 'travel', cues: ['fly to', 'flew to', 'fly in', 'flew in', 'travel to', 'travelled to', 'traveled to', 'trip to', 'go to', 'went to',
    'arrive in', 'arrived in', 'visit to', 'come to', 'came to'] },
  /** Details the articles name without giving: the items, the names, the breakdown. */
  { kind: 'detail', cues: ['specific items', 'what items', 'which items', 'items were', 'what exactly was in', 'what was in the', 'consist of',
    'consisted of', 'made up of', 'breakdown', 'itemised', 'itemized', 'names of', 'what are the names', 'what were the names', 'name the three',
    'titles of', 'how long is the', 'how long are the', 'length of', 'how wide', 'software', 'platform', 'which app', 'what app', 'joint statement', 'joint declaration', 'communique', 'press conference', 'press release', 'exact wording', 'full text'] },
  { kind: 'duration', cues: ['how long', 'duration', 'minutes', 'hours', 'lasted', 'last for', 'what time', 'time of day'] },
  { kind: 'language', cues: ['language', 'languages', 'interpreter', 'interpreted', 'interpreting', 'interpretation', 'translator', 'translated',
    'how do you say', 'how to say', 'how do i say', 'how would you say', 'translate', 'translation', 'in vietnamese language', 'pronounce', 'pronunciation',
    'english', 'chinese language', 'vietnamese language', 'mandarin'] },
  { kind: 'location', cues: ['where were', 'where was', 'where did', 'where is', 'where are', 'where do', 'where exactly', 'location', 'venue',
    'which city', 'what city', 'which room', 'which country were', 'from where'] },
  { kind: 'offtopic', cues: ['weather', 'temperature', 'stock', 'bitcoin', 'price', 'prices', 'recipe', 'football', 'soccer', 'score',
    'movie', 'song lyrics', 'python', 'javascript', 'password', 'world cup', 'capital of'] },
];

/** Very short misspellings (fuzzy matching is unsafe below four letters). */
export const SHORT_TYPOS: Readonly<Record<string, string>> = {
  wen: 'when', whn: 'when', wehn: 'when', wat: 'what', wht: 'what', waht: 'what', hwo: 'who', woh: 'who', whi: 'who',
  hw: 'how', agre: 'agree', sgn: 'sign', vid: 'video', fone: 'phone', covd: 'covid', cvid: 'covid', abt: 'about',
  bc: 'because', ppl: 'people', msg: 'message', thru: 'through', tho: 'though', abut: 'about', teh: 'the', hte: 'the',
  waz: 'was', wer: 'were', wre: 'were', dat: 'date', tlks: 'talks', tak: 'talk', w: 'with', n: 'and', ur: 'your',
  b4: 'before', wrt: 'about', re: 'about', yrs: 'years', yr: 'year', mos: 'months', govt: 'government', gov: 'government',
  dept: 'department', depts: 'departments', intl: 'international', natl: 'national', mtg: 'meeting', mtgs: 'meetings', convo: 'conversation',
  docs: 'documents', doc: 'document', pts: 'points',
};

/** Words a question about price or value uses; known so they are not taken for unknown content. */
export const EXTRA_KNOWN = ['cost', 'costs', 'price', 'value', 'valued', 'worth', 'amount', 'money', 'much', 'total', 'sum',
  'belong', 'belongs', 'member', 'affiliation', 'tl', 'conversation', 'conversations', 'dialogue', 'chat', 'period', 'cover', 'covers',
  'yes', 'no', 'true', 'false', 'right', 'correct', 'did', 'doing', 'happen', 'conduct', 'conducted', 'organised', 'organized',
  'currency', 'currencies', 'yuan', 'renminbi', 'rmb', 'dollar', 'dollars'];

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

/** "call for", "call on": the verb, not the phone call. */
export const CALL_VERB_FOLLOWERS = new Set(['for', 'on', 'upon']);

/** Words after which a name or a side is the one speaking or acting ("what did China give?"). */
/** Words that join a talk word to the people whose talks they were ("phone talks between the two General Secretaries"). */
export const TOPIC_TALK_JOINERS = new Set(['between', 'among', 'of', 'the', 'two', 'both']);

export const SPEAKER_OPENERS = new Set(['did', 'does', 'do', 'has', 'have', 'had', 'will', 'would', 'was', 'were', 'is', 'are', 'can', 'could', 'should', 'didnt', 'doesnt']);

/** Format words so common they often mean any talk ("the call"): they name a format only when nothing else picks the talk. */
export const GENERIC_FORMAT_WORDS = new Set(['call', 'calls', 'meeting', 'meetings', 'ring', 'rang']);

/** Ordinal words that count documents ("the third document"). */
export const ORDINAL_NUMBERS: Readonly<Record<string, number>> = { third: 3, fourth: 4, fifth: 5, sixth: 6, '3rd': 3, '4th': 4, '5th': 5 };

/** Nouns for a talk, so "the first talks" and "the second meeting" pick one. */
export const TALK_NOUNS = new Set(['talk', 'talks', 'call', 'meeting', 'meetings', 'one', 'conference', 'videoconference', 'session',
  'discussion', 'discussions', 'exchange', 'report', 'article', 'conversation', 'dialogue', 'time', 'round']);

/** Verbs of meeting: a year they date ("when they met in 2021", "khi gặp nhau năm 2021") is a talk's, not a plan's. */
export const MEETING_VERBS = new Set(['met', 'meet', 'meets', 'talked', 'spoke', 'conferred', 'convened', 'phoned']);
/** Words that may stand between a verb of meeting and its year ("met back in early 2021"). */
export const MEETING_YEAR_FILLERS = new Set(['in', 'back', 'early', 'late', 'mid', 'during', 'again', 'year', 'by', 'via', 'video', 'phone', 'online']);

/** Prepositions of the occasion ("at their meeting", "during the call", "in the conversation"): a talk noun after one names the talks. */
export const OCCASION_PREPOSITIONS = new Set(['at', 'during', 'in']);
/** Prepositions of a subject ("about the meetings", "on high-level meetings"): a talk noun after one is what was said. */
const SUBJECT_PREPOSITIONS = new Set(['about', 'on', 'of', 'over', 'regarding', 'concerning', 'for', 'to', 'with']);

/**
 * The talk nouns a question uses for the occasion of the talks ("what did they discuss at their in-person meeting?"):
 * the nearest preposition before the noun, within a few words, is one of the occasion's.
 */
export function occasionNouns(words: readonly string[]): ReadonlySet<string> {
  const found = new Set<string>();
  words.forEach((w, i) => {
    if (!TALK_NOUNS.has(w)) return;
    for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
      const before = words[j] ?? '';
      if (OCCASION_PREPOSITIONS.has(before)) found.add(w);
      if (OCCASION_PREPOSITIONS.has(before) || SUBJECT_PREPOSITIONS.has(before)) return;
    }
  });
  return found;
}
