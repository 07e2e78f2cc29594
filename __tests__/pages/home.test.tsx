import { render, screen } from '@testing-library/react';
import HomePage from '@/pages/index/index';

test('the home page shows the signed-out state', async () => {
  render(<HomePage />);
  expect(await screen.findByText('您还未登录')).toBeInTheDocument();
});
