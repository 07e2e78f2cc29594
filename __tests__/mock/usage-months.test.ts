import type { UsageMonths, UsagePage } from '@/services/contract';
import { bindOk, harness, P, review } from './support';

async function sonPaysForMother() {
  const h = harness();
  const son = await h.signIn(P.陈建国.phone);
  const relation = await bindOk(h, son, '周玉兰', 'parent');
  await review(h, relation.id, true);
  for (const [idNumber, amountFen] of [
    [P.周玉兰.id, 30000],
    [P.陈建国.id, 4500],
  ] as const) {
    await h.call('POST', '/api/_mock/settle', {
      idNumber,
      amountFen,
      institution: '广州市第一人民医院',
      category: 'outpatient',
    });
  }
  return { h, son, relation };
}

test('the chart covers the last twelve months, oldest first, ending with this one', async () => {
  const { h, son } = await sonPaysForMother();
  const months = (await h.call('GET', '/api/account/usage-months', undefined, son)).body as UsageMonths;
  expect(months.months.map((month) => month.month)).toEqual([
    '2024-07',
    '2024-08',
    '2024-09',
    '2024-10',
    '2024-11',
    '2024-12',
    '2025-01',
    '2025-02',
    '2025-03',
    '2025-04',
    '2025-05',
    '2025-06',
  ]);
});

test('this month splits what the account paid for its holder and for each relative', async () => {
  const { h, son, relation } = await sonPaysForMother();
  const months = (await h.call('GET', '/api/account/usage-months', undefined, son)).body as UsageMonths;
  const june = months.months[months.months.length - 1];
  expect(months.relations.map((entry) => [entry.relationId, entry.person.maskedName])).toEqual([
    [relation.id, '周*兰'],
  ]);
  expect([june.ownFen, june.relationFen]).toEqual([june.totalFen - 30000, [30000]]);
});

test('every month adds up to the total the records of that month give', async () => {
  const { h, son } = await sonPaysForMother();
  const months = (await h.call('GET', '/api/account/usage-months', undefined, son)).body as UsageMonths;
  for (const month of months.months) {
    const page = (await h.call('GET', `/api/account/usage?month=${month.month}`, undefined, son))
      .body as UsagePage;
    expect([month.month, month.totalFen]).toEqual([month.month, page.monthTotalFen]);
    expect(month.relationFen.reduce((sum, fen) => sum + fen, month.ownFen)).toBe(month.totalFen);
  }
});
