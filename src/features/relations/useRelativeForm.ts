import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { relationshipLabel, relationshipWord, sexFromIdNumber, type RelationshipCode } from '@/domain';
import { relationshipScopeNote, type RegionProfile } from '@/regions';
import * as services from '@/services';
import type { AddMemberRequest, Me } from '@/services';
import { emptyRelativeDraft, useDrafts, type RelativeDraft } from './drafts';
import {
  checkTypedRelative,
  type RelativeErrors,
  type RelativeField,
} from '@/features/relations/relativeForm';
import type { Choice } from '@/ui/ChoiceGroup';

export type Eligibility =
  | { state: 'idle' }
  | { state: 'checking' }
  | { state: 'eligible'; needsFaceVerification: boolean }
  | { state: 'refused'; message: string }
  | { state: 'failed'; message: string };

/** Everything the relative form shows and does; the page adds what its flow submits. */
export interface RelativeFormModel {
  draft: RelativeDraft;
  errors: RelativeErrors;
  /** The ID number as the domain normalised it, once it is valid. */
  idNumber: string | null;
  eligibility: Eligibility;
  /** Only what the region allows: the others are named once, in `relationshipScopeNote`. */
  relationshipChoices: Choice<RelationshipCode>[];
  /** The chosen relation as the person would say it, with the sex once the ID number gives it (母亲). */
  relationshipText: string | null;
  relationshipScopeNote: string | null;
  needsFace: boolean;
  faceDone: boolean;
  /** Both checks passed and, where needed, the face: what is left is the flow's own part. */
  passed: boolean;
  /** The relative as both flows send them, once the checks have passed; null before. */
  relative: AddMemberRequest | null;
  update(patch: Partial<RelativeDraft>): void;
  blur(field: RelativeField): void;
  retryEligibility(): void;
  /** The back end recorded a face verification of this relative. */
  faceVerified(verificationId: string): void;
  /** The draft is done with: the next visit starts empty, with a new idempotency key. */
  clear(): void;
}

const ELIGIBILITY_DELAY_MS = 400;

/**
 * The relative's details as one draft per signed-in person, checked as they are typed: the
 * domain's rules at once, then the back end's eligibility check for what only it knows, then the
 * face verification of anyone 16 or older. The region decides what is asked: whether the person
 * may be bound (粤医保) or may join the family (河南医保, which binds members later).
 */
export function useRelativeForm(sponsor: Me, region: RegionProfile): RelativeFormModel {
  const ownerId = sponsor.personId;
  const storedDraft = useDrafts((state) => state.relative[ownerId]);
  const updateDraft = useDrafts((state) => state.updateRelative);
  const clearDraft = useDrafts((state) => state.clearRelative);
  const draft = useMemo(() => storedDraft ?? emptyRelativeDraft(), [storedDraft]);

  const [blurred, setBlurred] = useState<ReadonlySet<RelativeField>>(new Set());
  const [eligibility, setEligibility] = useState<Eligibility>({ state: 'idle' });
  const [eligibilityAttempt, setEligibilityAttempt] = useState(0);

  // The draft exists from the first visit, so its idempotency key survives every retry.
  useEffect(() => {
    if (!storedDraft) updateDraft(ownerId, {});
  }, [ownerId, storedDraft, updateDraft]);

  const today = dayjs().format('YYYY-MM-DD');
  const typed = useMemo(
    () => checkTypedRelative(draft, { sponsorBirthDate: sponsor.birthDate, region, today, blurred }),
    [draft, sponsor.birthDate, region, today, blurred],
  );

  // What only the back end knows (insured status, 参保地, existing bindings), asked once typing settles.
  const purpose = region.flowKind === 'household' ? 'member' : undefined;
  const eligibilityKey = typed.complete ? `${draft.name.trim()}|${typed.idNumber}|${draft.relationship}` : '';
  useEffect(() => {
    const { idNumber } = typed;
    const { relationship } = draft;
    if (!eligibilityKey || !idNumber || !relationship) {
      setEligibility({ state: 'idle' });
      return undefined;
    }
    let current = true;
    setEligibility({ state: 'checking' });
    const timer = setTimeout(() => {
      services
        .checkEligibility({
          name: draft.name.trim(),
          idNumber,
          relationship,
          ...(purpose ? { purpose } : {}),
        })
        .then((answer) => {
          if (current)
            setEligibility({ state: 'eligible', needsFaceVerification: answer.needsFaceVerification });
        })
        .catch((error: services.ServiceError) => {
          if (!current) return;
          // A refusal has a 4xx status; anything else is the network, which a retry may fix.
          setEligibility(
            error.status >= 400 && error.status < 500 && error.status !== 401
              ? { state: 'refused', message: error.message }
              : { state: 'failed', message: error.message },
          );
        });
    }, ELIGIBILITY_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key holds every input that matters
  }, [eligibilityKey, eligibilityAttempt]);

  const relationshipChoices = useMemo(
    () => region.allowedRelationships.map((code) => ({ value: code, label: relationshipLabel(code) })),
    [region],
  );
  const relationshipText = draft.relationship
    ? relationshipWord(draft.relationship, typed.idNumber ? sexFromIdNumber(typed.idNumber) : null)
    : null;

  const update = (patch: Partial<RelativeDraft>) => updateDraft(ownerId, patch);
  const needsFace = eligibility.state === 'eligible' && eligibility.needsFaceVerification;
  const faceDone = draft.verification !== null && draft.verification.idNumber === typed.idNumber;

  function faceVerified(verificationId: string) {
    const { idNumber } = typed;
    if (idNumber) update({ verification: { verificationId, idNumber } });
  }

  const passed = eligibility.state === 'eligible' && (!needsFace || faceDone);
  return {
    draft,
    errors: typed.errors,
    idNumber: typed.idNumber,
    eligibility,
    relationshipChoices,
    relationshipText,
    relationshipScopeNote: relationshipScopeNote(region),
    needsFace,
    faceDone,
    passed,
    relative:
      passed && typed.idNumber && draft.relationship
        ? {
            name: draft.name.trim(),
            idNumber: typed.idNumber,
            relationship: draft.relationship,
            phone: draft.phone.trim() || undefined,
            verificationId: needsFace ? draft.verification?.verificationId : undefined,
          }
        : null,
    update,
    blur: (field) => setBlurred((previous) => new Set(previous).add(field)),
    retryEligibility: () => setEligibilityAttempt((attempt) => attempt + 1),
    faceVerified,
    clear: () => clearDraft(ownerId),
  };
}
