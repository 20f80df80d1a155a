import type { ApiRequester } from "./http";

export interface Note {
  id: string;
  title: string;
  body: string;
  /** The full path of the group the note is shared with (`/team-a`), or null when only its author sees it. */
  group: string | null;
  /** The author's `sub`. */
  author: string;
  /** Optimistic-locking version: sent back on update/delete, a stale one gets 409. */
  version: number;
}

export interface NoteDraft {
  title: string;
  body: string;
  group?: string | null;
}

export interface NotePage {
  notes: Note[];
  /** Zero-based. */
  page: number;
  totalPages: number;
}

/**
 * The one place that knows how the API wraps a page of notes (api-service's NotePage: `items`, zero-based `page`,
 * `size`, `total`). Anything else in the app sees only NotePage.
 */
export function toNotePage(json: unknown, requestedPage: number): NotePage {
  const raw = (json ?? {}) as { items?: Note[]; page?: number; size?: number; total?: number };
  const size = raw.size && raw.size > 0 ? raw.size : 1;
  return {
    notes: raw.items ?? [],
    page: raw.page ?? requestedPage,
    totalPages: Math.max(1, Math.ceil((raw.total ?? 0) / size)),
  };
}

const notePath = (id: string) => `/api/notes/${encodeURIComponent(id)}`;

export function notesApi(request: ApiRequester) {
  return {
    list: async (page: number, size: number) =>
      toNotePage(await request<unknown>("GET", `/api/notes?page=${page}&size=${size}`), page),
    get: (id: string) => request<Note>("GET", notePath(id)),
    create: (draft: NoteDraft) => request<Note>("POST", "/api/notes", draft),
    update: (note: Note, draft: NoteDraft) =>
      request<Note>("PUT", notePath(note.id), { ...draft, version: note.version }),
    remove: (note: Note) => request<void>("DELETE", `${notePath(note.id)}?version=${note.version}`),
  };
}

export type NotesApi = ReturnType<typeof notesApi>;
