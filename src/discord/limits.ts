// Discord's documented limits, named once so truncation and tests agree on them.
export const DiscordLimits = {
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooter: 2048,
  embedTotal: 6000,
  messageContent: 2000,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  optionChoices: 25,
  commandDescription: 100,
} as const;

/** Discord API error codes the bot treats as "too late", not as failures. */
export const DiscordErrorCodes = {
  unknownInteraction: 10062,
  alreadyAcknowledged: 40060,
} as const;
