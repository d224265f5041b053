// Drops gateway events discord.js cannot read. An INTERACTION_CREATE without `data`, or with neither `user`
// nor `member`, makes discord.js throw while building the interaction, as an unhandled rejection that would
// end the process. Each dispatch is checked (zod, only the fields discord.js reads unconditionally) when it
// arrives: the raw event comes first, and renaming a bad packet's type makes discord.js skip it.
import { Events, GatewayDispatchEvents, InteractionType, type Client } from 'discord.js';
import { z } from 'zod';
import type { Logger } from './log.js';

const id = z.string().min(1);
const user = z.looseObject({ id });

const option: z.ZodType = z.lazy(() => z.looseObject({ name: z.string(), type: z.number(), options: z.array(option).optional() }));
const commandData = z.looseObject({ name: z.string(), type: z.number(), options: z.array(option).optional() });

const interaction = z
  .looseObject({
    id,
    application_id: id,
    type: z.enum(InteractionType),
    token: z.string().min(1),
    user: user.optional(),
    member: z.looseObject({ user }).optional(),
    data: z.looseObject({}).optional(),
  })
  .refine((i) => i.user !== undefined || i.member !== undefined, { message: 'has neither user nor member' })
  .refine((i) => i.type === InteractionType.Ping || i.data !== undefined, { message: 'has no data' })
  .refine(
    (i) =>
      (i.type !== InteractionType.ApplicationCommand && i.type !== InteractionType.ApplicationCommandAutocomplete) ||
      commandData.safeParse(i.data).success,
    { message: 'has command data without name, type or well-formed options' },
  );

const message = z.looseObject({ id, channel_id: id, author: user, content: z.string().optional() });

const SCHEMAS: Partial<Record<string, z.ZodType>> = {
  [GatewayDispatchEvents.InteractionCreate]: interaction,
  [GatewayDispatchEvents.MessageCreate]: message,
};

/** The type a dropped packet is given: no discord.js handler exists for it. */
export const DROPPED_EVENT = 'TALKS_BOT_DROPPED_MALFORMED_EVENT';

/** The part of a raw gateway payload this guard reads (discord.js does not type its raw event). */
const dispatch = z.looseObject({ t: z.string(), d: z.unknown() });

export function guardGateway(client: Client, log: Logger): void {
  client.on(Events.Raw, (packet: unknown) => {
    const raw = dispatch.safeParse(packet);
    const schema = raw.success ? SCHEMAS[raw.data.t] : undefined;
    if (!raw.success || !schema) return;
    const checked = schema.safeParse(raw.data.d);
    if (checked.success) return;
    const issue = checked.error.issues[0];
    const d = raw.data.d;
    const packetId = d !== null && typeof d === 'object' && 'id' in d && typeof d.id === 'string' ? d.id : undefined;
    log.warn('dropped a malformed gateway event', {
      event: raw.data.t,
      id: packetId,
      problem: `${issue?.path.join('.') || 'event'} ${issue?.message ?? 'is malformed'}`,
    });
    (packet as { t: string }).t = DROPPED_EVENT;
  });
}
