import type { FlowKind, RegionRules } from '../domain';

/** The words a province's app uses for the people and the service. */
export interface RegionTerms {
  /** 授权人 / 共济人 */
  sponsor: string;
  /** 使用人 / 被共济人 */
  beneficiary: string;
  /** 亲情账号 / 家庭共济 */
  relationshipAccount: string;
  /** 家庭成员, where the flow builds a household first. */
  member: string;
}

/** Where and how a person does it at a counter instead (线下办理), as the province publishes it. */
export interface OfflineService {
  /** The counter to go to, in plain words. */
  where: string;
  /** The hotline to call first. */
  phone: string;
  /** What happens there, step by step. */
  steps: readonly string[];
  /** Papers to bring beyond the documents the online form asks for. */
  alsoBring: readonly string[];
  /** Where these facts come from, shown on the page. */
  source: string;
}

/** A province: the rule parameters plus everything the pages show differently. */
export interface RegionProfile extends RegionRules {
  /** Stable key, e.g. 'guangdong'. */
  id: string;
  /** 粤医保 / 河南医保 */
  appName: string;
  /** 广东 / 河南 */
  provinceName: string;
  terms: RegionTerms;
  /** Home-page entry to the services: 业务办理 / 我要办. */
  serviceHallLabel: string;
  /** The service itself, as listed there. */
  entryLabel: string;
  /** 'relation': add a person and submit for review; 'household': build a family, add members, bind. */
  flowKind: FlowKind;
  /** When a submitted binding takes effect, in plain Chinese. */
  reviewDescription: string;
  /** What the platform promises an application waiting for a reviewer, who gives no exact time. */
  reviewPromise: string;
  /** Why the sponsors' accounts are charged in the order they are, in plain Chinese. */
  deductionOrderDescription: string;
  /** 线下办理: the counter, hotline, steps and papers for whoever cannot finish online. */
  offline: OfflineService;
  /**
   * Why the 近亲属 missing from `allowedRelationships` cannot be bound here, in plain Chinese;
   * null when every 近亲属 is allowed.
   */
  relationshipScopeReason: string | null;
}
