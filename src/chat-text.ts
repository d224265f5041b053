// Chat markup is no part of what someone asks: Discord writes a mention, a channel, a slash-command mention, a
// custom emoji or a timestamp as an id in angle brackets ("<@123…>", "<#456>", "</ask:789>", "<:pog:1>",
// "<t:1700000000:R>"). The interfaces that receive chat (the Discord handlers, and the batch runs that replay chat
// questions: the console and the question-set evaluations) take it out here, before text reaches the engine, so
// matching and answering only ever read plain text. Interface-neutral: it imports nothing.

/**
 * Discord's markup for user, role and channel mentions, slash-command mentions, custom emoji and timestamps, and
 * its mass mentions typed as plain "@everyone" and "@here" (they ping people; they ask nothing).
 */
const CHAT_MARKUP = /<(?:@[!&]?|#)\d+>|<\/[\w -]+:\d+>|<a?:\w+:\d+>|<t:-?\d+(?::\w)?>|(?<![<\w.])@(?:everyone|here)(?![\w>])/g;

/** A question as typed in chat, without its markup (each piece read as a space). */
export function withoutChatMarkup(text: string): string {
  return text.replace(CHAT_MARKUP, ' ');
}

/** Longest message read whole (Discord allows 4,000 characters with Nitro). */
const MAX_MESSAGE = 4_000;

/**
 * A chat message as text to find sources for: without markup, links or code fences (none names anything in the
 * articles), spaces collapsed, at most MAX_MESSAGE characters.
 */
export function messageText(content: string): string {
  return withoutChatMarkup(content.slice(0, MAX_MESSAGE))
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/```/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
}
