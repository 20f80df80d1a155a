import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { Me } from "../api/meApi";
import type { Note } from "../api/notesApi";
import { NoteList } from "./NoteList";

const me: Me = {
  sub: "alice-sub",
  preferred_username: "alice",
  azp: "react-frontend",
  scopes: [],
  groups: ["/team-a"],
};
const mine: Note = { id: "1", title: "Mine", body: "b", group: null, author: "alice-sub", version: 0 };
const teams: Note = { id: "2", title: "Team", body: "b", group: "/team-a", author: "bob-sub", version: 0 };

describe("NoteList", () => {
  it("offers edit and delete only on the caller's own notes", async () => {
    const onDelete = vi.fn();
    render(
      <NoteList
        page={{ notes: [mine, teams], page: 0, totalPages: 1 }}
        me={me}
        onEdit={vi.fn()}
        onDelete={onDelete}
        onPage={vi.fn()}
      />,
    );

    const own = screen.getByRole("article", { name: "Mine" });
    const shared = screen.getByRole("article", { name: "Team" });
    expect(within(own).getByText(/private · by you/)).toBeInTheDocument();
    expect(within(shared).getByText(/shared with team-a · by a group member/)).toBeInTheDocument();
    expect(within(shared).queryByRole("button")).toBeNull();
    await userEvent.click(within(own).getByRole("button", { name: "Delete" }));
    expect(onDelete).toHaveBeenCalledWith(mine);
  });

  it("names a group by its last segment, and by its full path where another group has the same name", () => {
    const nested: Note = { ...teams, id: "3", title: "Nested", group: "/team-b/team-a" };
    const { rerender } = render(
      <NoteList
        page={{ notes: [teams], page: 0, totalPages: 1 }}
        me={me}
        onEdit={vi.fn()}
        onDelete={vi.fn()}
        onPage={vi.fn()}
      />,
    );
    expect(screen.getByTitle("/team-a")).toHaveTextContent(/^shared with team-a ·/);

    rerender(
      <NoteList
        page={{ notes: [teams, nested], page: 0, totalPages: 1 }}
        me={{ ...me, groups: ["/team-a", "/team-b/team-a"] }}
        onEdit={vi.fn()}
        onDelete={vi.fn()}
        onPage={vi.fn()}
      />,
    );
    expect(screen.getByTitle("/team-a")).toHaveTextContent(/^shared with team-a \(\/team-a\) ·/);
    expect(screen.getByTitle("/team-b/team-a")).toHaveTextContent(/^shared with team-a \(\/team-b\/team-a\) ·/);
  });

  it("pages forward and back", async () => {
    const onPage = vi.fn();
    render(
      <NoteList
        page={{ notes: [mine], page: 1, totalPages: 3 }}
        me={me}
        onEdit={vi.fn()}
        onDelete={vi.fn()}
        onPage={onPage}
      />,
    );

    expect(screen.getByText("Page 2 of 3")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Next" }));
    await userEvent.click(screen.getByRole("button", { name: "Previous" }));
    expect(onPage.mock.calls).toEqual([[2], [0]]);
  });
});
