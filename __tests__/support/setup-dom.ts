import '@testing-library/jest-dom';
import { resetStores, taroTesting } from './render';

beforeEach(() => {
  taroTesting.reset();
  resetStores();
});
