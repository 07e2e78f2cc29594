import { validateName, validatePhone } from '@/domain';

describe('validateName', () => {
  it.each(['张三', '欧阳娜娜', '阿依古丽·买买提', '王〇', '𠀀𠀁'])('accepts %j', (name) => {
    expect(validateName(name)).toEqual({ ok: true, value: name });
  });

  it('trims surrounding spaces', () => {
    expect(validateName('  张三 ')).toEqual({ ok: true, value: '张三' });
  });

  it.each(['阿依古丽•买买提', '阿依古丽・买买提', '阿依古丽.买买提', '阿依古丽．买买提'])(
    'turns the look-alike dot in %j into ·',
    (name) => {
      expect(validateName(name)).toEqual({ ok: true, value: '阿依古丽·买买提' });
    },
  );

  it.each(['', '  '])('refuses an empty name %j', (name) => {
    expect(validateName(name)).toEqual({ ok: false, error: { code: 'NAME_EMPTY', message: '请填写姓名' } });
  });

  it.each(['<b>张三</b>', '张三<', 'John', '张 三', '张3', '·张三', '张三·', '张··三'])(
    'refuses %j',
    (name) => {
      expect(validateName(name)).toEqual({
        ok: false,
        error: {
          code: 'NAME_CHARACTERS',
          message: '姓名只能是汉字，少数民族姓名可用间隔号“·”分隔，请与身份证上的姓名一致',
        },
      });
    },
  );

  it('refuses a single character', () => {
    expect(validateName('张')).toEqual({
      ok: false,
      error: { code: 'NAME_LENGTH', message: '姓名应为2至20个字，请与身份证上的姓名一致' },
    });
  });

  it('accepts twenty characters, counting the dot', () => {
    expect(validateName(`${'阿'.repeat(10)}·${'买'.repeat(9)}`).ok).toBe(true);
  });

  it('refuses twenty-one characters', () => {
    expect(validateName('张'.repeat(21)).ok).toBe(false);
  });
});

describe('validatePhone', () => {
  it('accepts a mainland mobile number', () => {
    expect(validatePhone('13800000001')).toEqual({ ok: true, value: '13800000001' });
  });

  it.each(['138 0000 0001', '138-0000-0001', '+86 138 0000 0001', '8613800000001', '１３８００００００01'])(
    'reduces %j to the 11 digits',
    (phone) => {
      expect(validatePhone(phone)).toEqual({ ok: true, value: '13800000001' });
    },
  );

  it.each(['', ' '])('refuses an empty number %j', (phone) => {
    expect(validatePhone(phone)).toEqual({
      ok: false,
      error: { code: 'PHONE_EMPTY', message: '请填写手机号' },
    });
  });

  it.each(['12800000001', '1380000000', '138000000012', '020-12345678', 'abc'])('refuses %j', (phone) => {
    expect(validatePhone(phone)).toEqual({
      ok: false,
      error: { code: 'PHONE_FORMAT', message: '请填写正确的11位手机号（以 1 开头的 11 位数字）' },
    });
  });
});
