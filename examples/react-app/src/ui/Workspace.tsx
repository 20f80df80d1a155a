import { useCallback, useEffect, useMemo, useState } from "react";
import { useAuth } from "react-oidc-context";
import { SessionEndedError } from "../api/http";
import type { Me } from "../api/meApi";
import type { Note, NoteDraft } from "../api/notesApi";
import { describeApiError } from "../api/problem";
import { rememberEditIntent, takeEditIntent, writeWasAsked, type EditIntent } from "../auth/editIntent";
import { EDIT_SCOPES, grantedScopes, Scope } from "../auth/scopes";
import { useApi } from "../auth/useApi";
import { groupNamer } from "../groups/groupNames";
import { NoteEditor } from "../notes/NoteEditor";
import { NoteList } from "../notes/NoteList";
import { useNotePage } from "../notes/useNotePage";
import { Header } from "./Header";

const WRITE_WITHHELD =
  "Keycloak did not grant you the write scope (only editors get it), so the API will likely refuse changes.";

type Editing = { mode: "create" } | { mode: "edit"; note: Note } | null;

export function Workspace({ onSessionEnded }: { onSessionEnded: (reason: string) => void }) {
  const auth = useAuth();
  const api = useApi();
  const granted = useMemo(() => grantedScopes(auth.user?.scope), [auth.user?.scope]);
  const canWrite = granted.has(Scope.WRITE);
  const [me, setMe] = useState<Me | null>(null);
  const [groups, setGroups] = useState<string[]>([]);
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const report = useCallback(
    (failure: unknown) => {
      if (failure instanceof SessionEndedError) onSessionEnded(describeApiError(failure));
      else setError(describeApiError(failure, granted));
    },
    [onSessionEnded, granted],
  );
  const { page, loading, reload, setPageNumber } = useNotePage(api.notes, report);

  useEffect(() => {
    api.me.me().then(setMe, report);
    api.me.groups().then(setGroups, report);
  }, [api, report]);

  const startEditing = useCallback(
    async (intent: EditIntent) => {
      setError(null);
      if (!canWrite && !writeWasAsked()) {
        rememberEditIntent(intent);
        await auth.signinRedirect({ scope: EDIT_SCOPES });
        return;
      }
      if (!canWrite) setNotice(WRITE_WITHHELD);
      if (intent.kind === "create") setEditing({ mode: "create" });
      else api.notes.get(intent.noteId).then((note) => setEditing({ mode: "edit", note }), report);
    },
    [auth, api, report, canWrite],
  );

  useEffect(() => {
    const intent = takeEditIntent();
    if (intent) void startEditing(intent);
  }, [startEditing]);

  /** Runs a change, then shows the list as it is now; a refusal is explained instead. */
  const applyChange = async (change: () => Promise<unknown>, done: string) => {
    setError(null);
    try {
      await change();
      setEditing(null);
      await reload();
      setNotice(done);
    } catch (failure) {
      report(failure);
    }
  };
  const save = (draft: NoteDraft) =>
    editing?.mode === "edit"
      ? applyChange(() => api.notes.update(editing.note, draft), "Note saved.")
      : applyChange(() => api.notes.create(draft), "Note created.");
  const remove = (note: Note) => applyChange(() => api.notes.remove(note), "Note deleted.");

  return (
    <main>
      <Header username={me?.preferred_username ?? auth.user?.profile.preferred_username} granted={granted} />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      <section aria-labelledby="groups-heading">
        <h2 id="groups-heading">Your groups</h2>
        {groups.length > 0 ? <p>{groups.map(groupNamer(groups)).join(", ")}</p> : <p>No groups.</p>}
      </section>
      <section aria-labelledby="notes-heading">
        <h2 id="notes-heading">Notes</h2>
        <div className="toolbar">
          <button onClick={() => void startEditing({ kind: "create" })}>New note</button>
          <button onClick={() => void reload()} disabled={loading}>
            Reload
          </button>
        </div>
        {editing && (
          <NoteEditor
            note={editing.mode === "edit" ? editing.note : null}
            groups={groups}
            onSave={save}
            onCancel={() => setEditing(null)}
          />
        )}
        <NoteList
          page={page}
          me={me}
          onEdit={(note) => void startEditing({ kind: "edit", noteId: note.id })}
          onDelete={remove}
          onPage={setPageNumber}
        />
      </section>
    </main>
  );
}
