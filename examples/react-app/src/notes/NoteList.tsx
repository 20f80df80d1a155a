import type { Me } from "../api/meApi";
import type { Note, NotePage } from "../api/notesApi";
import { groupNamer } from "../groups/groupNames";

interface Props {
  page: NotePage | null;
  me: Me | null;
  onEdit: (note: Note) => void;
  onDelete: (note: Note) => void;
  onPage: (page: number) => void;
}

const isOwn = (note: Note, me: Me | null) => me !== null && note.author === me.sub;

export function NoteList({ page, me, onEdit, onDelete, onPage }: Props) {
  if (!page) return <p className="status">Loading notes…</p>;
  if (page.notes.length === 0) return <p>No notes yet.</p>;
  const nameOf = groupNamer([...(me?.groups ?? []), ...page.notes.map((note) => note.group)]);

  return (
    <>
      <ul className="notes">
        {page.notes.map((note) => (
          <li key={note.id}>
            <article aria-label={note.title} className="note">
              <h3>{note.title}</h3>
              <p className="note-body">{note.body}</p>
              <p className="note-meta" title={note.group ?? undefined}>
                {note.group ? `shared with ${nameOf(note.group)}` : "private"} ·{" "}
                {isOwn(note, me) ? "by you" : "by a group member"}
              </p>
              {isOwn(note, me) && (
                <div className="toolbar">
                  <button onClick={() => onEdit(note)}>Edit</button>
                  <button onClick={() => onDelete(note)}>Delete</button>
                </div>
              )}
            </article>
          </li>
        ))}
      </ul>
      {page.totalPages > 1 && (
        <nav className="toolbar" aria-label="Pages">
          <button disabled={page.page === 0} onClick={() => onPage(page.page - 1)}>
            Previous
          </button>
          <span>
            Page {page.page + 1} of {page.totalPages}
          </span>
          <button disabled={page.page + 1 >= page.totalPages} onClick={() => onPage(page.page + 1)}>
            Next
          </button>
        </nav>
      )}
    </>
  );
}
