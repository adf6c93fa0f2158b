// Saves generated text as a file through a Blob URL and a temporary link (works in extension pages of
// both browsers without the "downloads" permission).

export type DownloadFile = (filename: string, content: string, mimeType: string) => void;

export const downloadFile: DownloadFile = (filename, content, mimeType) => {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next task: the click has started the download by then in both browsers.
  setTimeout(() => URL.revokeObjectURL(url), 0);
};
