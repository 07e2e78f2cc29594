/**
 * What the back end accepts for a photo (mock/handlers/uploads.ts says the same). On its own, free
 * of Taro, so the embedded back end's chunk can read it without pulling in Taro's H5 API.
 */
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
