// What a button module exports: the kind of custom_id it answers (custom-ids.ts), whether its reply is public
// (public replies count toward the per-user cooldown, applied by the interaction handler), and what it does.
import type { ButtonInteraction } from 'discord.js';
import type { RuntimeContext } from '../command.js';
import type { ButtonData, ButtonKind } from '../custom-ids.js';

export interface Button<K extends ButtonKind> {
  readonly kind: K;
  readonly isPublic: (interaction: ButtonInteraction, data: Extract<ButtonData, { kind: K }>) => boolean;
  readonly execute: (interaction: ButtonInteraction, data: Extract<ButtonData, { kind: K }>, ctx: RuntimeContext) => Promise<void>;
}
