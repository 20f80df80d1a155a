import { useCallback, useEffect, useState } from "react";
import type { NotePage, NotesApi } from "../api/notesApi";

export const PAGE_SIZE = 20;

/** One page of the notes visible to the caller, reloaded on demand (after a change, or by the user). */
export function useNotePage(notes: NotesApi, onError: (error: unknown) => void) {
  const [pageNumber, setPageNumber] = useState(0);
  const [page, setPage] = useState<NotePage | null>(null);
  const [loading, setLoading] = useState(false);

  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setPage(await notes.list(pageNumber, PAGE_SIZE));
    } catch (error) {
      onError(error);
    } finally {
      setLoading(false);
    }
  }, [notes, pageNumber, onError]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { page, loading, reload, setPageNumber };
}
