import { commitmentParagraphs } from '@/features/household/commitmentLetter';
import { REGIONS } from '@/regions';

const parties = { sponsorName: '陈建国', memberName: '周*兰', relationship: '父母' };

describe.each(REGIONS.map((region) => [region.appName, region] as const))('%s 承诺书', (_, region) => {
  it('leaves no placeholder unfilled', () => {
    expect(commitmentParagraphs(region, parties).join('')).not.toMatch(/[{}]/);
  });

  it('names the signer in its first paragraph and the relative it is for', () => {
    const [first] = commitmentParagraphs(region, parties);
    expect([first.includes('本人陈建国'), first.includes('周*兰')]).toEqual([true, true]);
  });
});
