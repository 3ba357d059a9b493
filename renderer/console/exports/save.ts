// Hands a file the server made to the browser's downloads, under the name the server gave it.
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken the bytes once the click's task is over.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
