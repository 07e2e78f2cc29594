/** The list of relations on a bad connection (issue 9): a failure offers 重试, and says nothing false meanwhile. */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import RelationsPage from '@/pages/family/relations/index';
import * as services from '@/services';
import { installBackend, renderPage, signInAs } from '../../support/render';

test('while 重试 is on its way the list says it is loading, not that there are no relations', async () => {
  installBackend();
  await signInAs('13800000001');
  await services.qa.setFaults({ failureRate: 1, latencyMs: [0, 0] });
  await renderPage(RelationsPage);
  expect(await screen.findByRole('alert')).toHaveTextContent('网络繁忙，请稍后重试');

  await services.qa.setFaults({ failureRate: 0, latencyMs: [300, 300] });
  await userEvent.click(screen.getByRole('button', { name: '重试' }));
  expect(await screen.findByText('加载中…')).toBeInTheDocument();
  expect(screen.queryByText('您还没有添加共济关系')).toBeNull();
  expect(screen.queryByRole('alert')).toBeNull();

  expect(await screen.findByText('您还没有添加共济关系')).toBeInTheDocument();
  expect(screen.queryByText('加载中…')).toBeNull();
});
