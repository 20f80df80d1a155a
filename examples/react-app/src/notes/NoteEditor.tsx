import { useState, type FormEvent } from "react";
import type { Note, NoteDraft } from "../api/notesApi";
import { groupNamer } from "../groups/groupNames";

interface Props {
  /** The note being edited, or null for a new note. */
  note: Note | null;
  /** The caller's group paths: the note may be shared with one of them. */
  groups: string[];
  onSave: (draft: NoteDraft) => Promise<void>;
  onCancel: () => void;
}

const MAX_TITLE = 200;
const MAX_BODY = 10_000;

export function NoteEditor({ note, groups, onSave, onCancel }: Props) {
  const [title, setTitle] = useState(note?.title ?? "");
  const [body, setBody] = useState(note?.body ?? "");
  const [group, setGroup] = useState(note?.group ?? "");
  const [saving, setSaving] = useState(false);
  const nameOf = groupNamer([...groups, note?.group ?? null]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      await onSave({ title: title.trim(), body, group: group || null });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="editor" onSubmit={submit} aria-label={note ? "Edit note" : "New note"}>
      <h3>{note ? "Edit note" : "New note"}</h3>
      <label>
        Title
        <input value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={MAX_TITLE} />
      </label>
      <label>
        Text
        <textarea value={body} onChange={(e) => setBody(e.target.value)} rows={5} maxLength={MAX_BODY} />
      </label>
      <label>
        Share with
        <select value={group} onChange={(e) => setGroup(e.target.value)}>
          <option value="">nobody (private)</option>
          {groups.map((path) => (
            <option key={path} value={path} title={path}>
              {nameOf(path)}
            </option>
          ))}
        </select>
      </label>
      <div className="toolbar">
        <button type="submit" disabled={saving}>
          {saving ? "Saving…" : "Save"}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
