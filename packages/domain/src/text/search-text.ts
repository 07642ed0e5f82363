/** Lower case without accents: how names are stored for search and how a search is compared to them. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The `search_text` of a person: names and e-mail, folded. */
export function searchTextOf(parts: Array<string | null | undefined>): string {
  return foldForSearch(parts.filter(Boolean).join(' '));
}
