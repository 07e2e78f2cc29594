/**
 * Saving and opening files in the browser, for the H5 build only: mini-programs have neither
 * downloads nor a file picker for JSON (the console offers the clipboard and pasting there).
 */

/** Hands `text` to the browser as a download, through a temporary <a download>. */
export function downloadTextFile(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The click has started the download by now; the object URL only holds memory.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Opens the browser's file picker and reads the chosen file as text; null when QA cancels. */
export function pickTextFile(accept: string): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    const finish = (file: File | undefined) => {
      input.remove();
      if (!file) {
        resolve(null);
        return;
      }
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(new Error('没有读出这个文件，请重新选择'));
      reader.readAsText(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0]));
    input.addEventListener('cancel', () => finish(undefined));
    document.body.appendChild(input);
    input.click();
  });
}
