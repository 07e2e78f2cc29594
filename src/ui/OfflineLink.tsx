import { ROUTES, goTo } from './navigation';
import { TextLink } from './TextLink';

/** Says a message sends the person to a counter: the words the back end and the regions use. */
export function pointsOffline(message: string | null | undefined): boolean {
  return Boolean(message && /线下办理|经办(机构|窗口)办理/.test(message));
}

/**
 * The way from any 请到线下办理 refusal to the 线下办理 page: where to go and what to bring. Also
 * for other features' dead ends (the face-check fallback): render it wherever online stops.
 */
export function OfflineLink() {
  return (
    <TextLink onOpen={() => goTo(ROUTES.offline)} label="查看线下办理需要带的材料">
      查看线下办理需要带的材料
    </TextLink>
  );
}
