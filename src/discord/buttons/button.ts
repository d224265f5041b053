// What a button module exports: the kind of custom_id it answers (custom-ids.ts), whether its reply is public
// (public replies count toward the per-user cooldown, applied by the interaction handler), and what it does.
import type { RuntimeContext } from '../command.js';
import type { ButtonData, ButtonKind } from '../custom-ids.js';
import type { ButtonRequest } from '../interaction.js';

export interface Button<K extends ButtonKind> {
  readonly kind: K;
  readonly isPublic: (interaction: ButtonRequest, data: Extract<ButtonData, { kind: K }>) => boolean;
  readonly execute: (interaction: ButtonRequest, data: Extract<ButtonData, { kind: K }>, ctx: RuntimeContext) => Promise<void>;
}
