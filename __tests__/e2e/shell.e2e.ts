import { startH5, screenshotPath, type H5Session } from './support/browser';

let h5: H5Session;

beforeAll(async () => {
  h5 = await startH5();
});

afterAll(async () => {
  await h5?.close();
});

test('the home page renders its Chinese text with no console error', async () => {
  const { page, consoleErrors, context } = await h5.newPhone();
  await page.goto(h5.server.url);
  await page.getByText('您还未登录').waitFor();
  await page.screenshot({ path: screenshotPath('home-signed-out') });
  expect(consoleErrors).toEqual([]);
  await context.close();
});
