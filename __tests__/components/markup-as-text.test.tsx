/**
 * Names are refused when they carry markup, but a value that got past every check (an old record,
 * a reviewer's reason, an import) must still reach the page as text, never as elements.
 */
import { render, screen } from '@testing-library/react';
import { Card, Row } from '@/ui/Card';
import { Field } from '@/ui/Field';
import { RelationRow } from '@/features/relations';
import type { PersonSummary, RelationView } from '@/services';
import { settle } from '../support/render';

const PAYLOADS = [
  '<script>window.__pwned = true</script>',
  '<img src=x onerror="window.__pwned = true">',
  '<svg onload="window.__pwned = true"></svg>',
  '"><iframe src="javascript:window.__pwned = true"></iframe>',
];

const ACTIVE_ELEMENTS = 'script, img, svg, iframe, object, embed';

function person(maskedName: string): PersonSummary {
  return {
    personId: 'person-x',
    maskedName,
    maskedIdNumber: '4401**********1232',
    maskedPhone: null,
    insuranceType: 'resident',
    status: 'active',
    provinceCode: '44',
  };
}

function relation(maskedName: string, rejectReason: string): RelationView {
  return {
    id: 'relation-x',
    regionId: 'guangdong',
    sponsor: person('陈*国'),
    beneficiary: person(maskedName),
    relationship: 'parent',
    status: 'rejected',
    rejectReason,
    viewerRole: 'sponsor',
    createdAt: '2025-06-15T02:00:00.000Z',
    updatedAt: '2025-06-15T02:00:00.000Z',
    history: [],
    monthlyLimitFen: null,
    deductionRank: null,
    materialIds: [],
  };
}

function expectInert(container: HTMLElement): void {
  expect(container.querySelector(ACTIVE_ELEMENTS)).toBeNull();
  expect((window as unknown as { __pwned?: boolean }).__pwned).toBeUndefined();
}

describe.each(PAYLOADS.map((payload) => [payload]))('the markup %s', (payload) => {
  test('shows as text in a relation row, as the name and as the reason it was refused', async () => {
    const { container } = render(
      <RelationRow relation={relation(payload, payload)} onOpen={() => undefined} />,
    );
    await settle();
    expectInert(container);
    expect(container.textContent).toContain(payload);
    expect(container.textContent).toContain(`未通过原因：${payload}`);
  });

  test('shows as text in a row of a card, in its title and its value', async () => {
    const { container } = render(
      <Card title={payload}>
        <Row label={payload} value={payload} />
      </Card>,
    );
    await settle();
    expectInert(container);
    expect(screen.getAllByText(payload)).toHaveLength(3);
  });

  test('stays the typed value of a field, and its error message shows as text', async () => {
    const { container } = render(
      <Field label="姓名" value={payload} error={payload} onChange={() => undefined} />,
    );
    await settle();
    expectInert(container);
    expect(screen.getByLabelText('姓名')).toHaveValue(payload);
    expect(screen.getByRole('alert')).toHaveTextContent(payload);
  });
});
