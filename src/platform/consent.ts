/** What the person is asked when a personal-data API waits for their agreement to the privacy guide. */
export interface PrivacyRequest {
  /** The API that asked, e.g. "chooseMedia". */
  referrer: string;
  agree(): void;
  decline(): void;
}

/** The id WeChat checks on the agree button before it lets the waiting API go on. */
export const PRIVACY_AGREE_BUTTON_ID = 'privacy-agree';
