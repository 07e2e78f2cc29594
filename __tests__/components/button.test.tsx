import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Button } from '@/ui/Button';

test('a disabled primary button says so to a screen reader and does nothing when tapped', async () => {
  const onClick = jest.fn();
  render(
    <Button kind="primary" disabled onClick={onClick}>
      提交
    </Button>,
  );
  const button = screen.getByRole('button', { name: '提交' });
  expect(button).toHaveAttribute('aria-disabled', 'true');
  expect(button).toHaveClass('app-button--disabled');
  await userEvent.click(button);
  expect(onClick).not.toHaveBeenCalled();
});

test('a loading button keeps its kind’s look instead of the disabled grey', () => {
  render(
    <Button kind="primary" loading>
      提交
    </Button>,
  );
  const button = screen.getByRole('button', { name: '提交' });
  expect(button).toHaveAttribute('aria-disabled', 'true');
  expect(button).not.toHaveClass('app-button--disabled');
});
