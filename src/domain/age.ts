import { isCalendarDay, requireDay } from './dates';
import { parseIdNumber } from './idNumber';

/** Age from which the national platform asks for the relative's own face verification. */
export const FACE_VERIFICATION_AGE = 16;

/**
 * Whole years lived on `today`, from a YYYY-MM-DD birth date or an ID number; null when neither
 * parses or the birth is after `today`.
 *
 * Comparing (month, day) pairs means someone born on 29 February gains a year on 1 March in a
 * common year: on 28 February that anniversary has not arrived yet, so we never credit a year not
 * fully lived (dayjs' add(n, 'year') would land on 28 February instead).
 */
export function ageOn(birthDateOrIdNumber: string, today: string): number | null {
  requireDay(today);
  let birthDate: string;
  if (isCalendarDay(birthDateOrIdNumber)) {
    birthDate = birthDateOrIdNumber;
  } else {
    const parsed = parseIdNumber(birthDateOrIdNumber, today);
    if (!parsed.ok) {
      return null;
    }
    birthDate = parsed.value.birthDate;
  }
  if (birthDate > today) {
    return null;
  }
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/**
 * True from the 16th birthday on (the day itself counts). An ID that does not parse also needs
 * verification: when the age is unknown the safe side is to ask.
 */
export function needsFaceVerification(idNumber: string, today: string): boolean {
  const age = ageOn(idNumber, today);
  return age === null || age >= FACE_VERIFICATION_AGE;
}
