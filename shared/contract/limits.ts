// The limits and defaults of API calls, in one place: the schemas enforce them, the search
// engine and the CLI read them from here, so no layer silently cuts what another accepted.
export const SEARCH_LIMITS = {
  /** Longest query, in UTF-16 code units. */
  queryMaxChars: 500,
  defaultHits: 20,
  maxHits: 500,
} as const;

/** The most source lines one getSourceLines call returns. */
export const SOURCE_LINES_MAX = 5000;

/** The largest file an import uploads (the browser host's body limit for upload calls follows). */
export const UPLOAD_MAX_BYTES = 16 * 1024 * 1024;
