import Taro from '@tarojs/taro';
import { configuredTemplateIds, type SubscribeOutcome } from './subscribe-types';

/**
 * WeChat (tmplIds) and Alipay (entityIds) both offer requestSubscribeMessage, and both open it only
 * from a tap, so it is called as the person presses 提交, before anything is awaited. It never
 * rejects: a refusal or a failure must not keep the application from being sent.
 */
export async function askForResultMessages(): Promise<SubscribeOutcome> {
  const ids = configuredTemplateIds(process.env.TARO_APP_SUBSCRIBE_TEMPLATE_IDS);
  if (ids.length === 0) return 'not-configured';
  try {
    const result = (await Taro.requestSubscribeMessage({
      tmplIds: ids,
      entityIds: ids,
    })) as unknown as Record<string, unknown>;
    // WeChat answers per template id; Alipay says `behavior: 'subscribe'` or lists them likewise.
    const accepted = result.behavior === 'subscribe' || ids.some((id) => result[id] === 'accept');
    return accepted ? 'accepted' : 'declined';
  } catch {
    return 'declined';
  }
}
