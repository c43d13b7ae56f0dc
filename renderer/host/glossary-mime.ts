// The media type a glossary file is saved with (download, save dialog), from its name.

export function mimeTypeOfGlossary(name: string): string {
  const extension = name.split('.').pop()?.toLowerCase() ?? '';
  if (extension === 'csv') return 'text/csv';
  if (extension === 'json') return 'application/json';
  if (extension === 'tsv') return 'text/tab-separated-values';
  return 'text/plain';
}
