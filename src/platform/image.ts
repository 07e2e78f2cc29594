import { chooseOneImage, type PhotoChoice } from './photo';

// H5: the browser's file input. There is no privacy prompt; closing the chooser is a cancel.
export async function choosePhoto(): Promise<PhotoChoice> {
  try {
    const picked = await chooseOneImage();
    const file = picked.tempFiles[0];
    if (!file) return { kind: 'unreadable' };
    return {
      kind: 'picked',
      photo: {
        filePath: file.path,
        size: file.size,
        file: (file as { originalFileObj?: Blob }).originalFileObj,
      },
    };
  } catch {
    return { kind: 'cancelled' };
  }
}
