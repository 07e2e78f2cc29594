import type { HarnessAction } from '../../../scripts/boot/harness';

/** 陈建国 adds his son 陈小明 (under 16: no face check) and takes the first photo. */
export const TAKE_FIRST_PHOTO: HarnessAction[] = [
  { input: '与身份证上的姓名一致', value: '陈小明' },
  { input: '18位居民身份证号码', value: '440106201609010011' },
  { tap: '请选择' },
  { tap: '子女' },
  { tap: '上传' },
];
