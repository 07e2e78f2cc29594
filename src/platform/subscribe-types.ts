/**
 * What came of asking for subscription messages: `accepted` when the person allowed at least one
 * template, `declined` when they refused them all or the platform failed, `unsupported` where the
 * platform has none (H5), `not-configured` when the build names no template.
 */
export type SubscribeOutcome = 'accepted' | 'declined' | 'unsupported' | 'not-configured';

/** TARO_APP_SUBSCRIBE_TEMPLATE_IDS: up to three template ids, comma-separated, from the platform's console. */
export function configuredTemplateIds(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '')
    .slice(0, 3);
}
