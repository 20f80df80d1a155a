import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { NoteEditor } from "./NoteEditor";

describe("NoteEditor", () => {
  it("creates a note shared with the chosen group, named for people and sent as its path", async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    render(<NoteEditor note={null} groups={["/editors", "/team-a"]} onSave={onSave} onCancel={vi.fn()} />);

    await userEvent.type(screen.getByLabelText("Title"), "  Plan  ");
    await userEvent.type(screen.getByLabelText("Text"), "details");
    await userEvent.selectOptions(screen.getByLabelText("Share with"), "team-a");
    await userEvent.click(screen.getByRole("button", { name: "Save" }));

    expect(onSave).toHaveBeenCalledWith({ title: "Plan", body: "details", group: "/team-a" });
  });

  it("offers two groups of the same name by their full paths", async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    const note = { id: "1", title: "Nested", body: "", group: null, author: "a", version: 0 };
    render(<NoteEditor note={note} groups={["/team-a", "/team-b/team-a"]} onSave={onSave} onCancel={vi.fn()} />);

    expect(screen.getAllByRole("option").map((option) => option.textContent)).toEqual([
      "nobody (private)",
      "team-a (/team-a)",
      "team-a (/team-b/team-a)",
    ]);
    await userEvent.selectOptions(screen.getByLabelText("Share with"), "team-a (/team-b/team-a)");
    await userEvent.click(screen.getByRole("button", { name: "Save" }));

    expect(onSave).toHaveBeenCalledWith({ title: "Nested", body: "", group: "/team-b/team-a" });
  });

  it("keeps a note private unless a group is chosen, and starts from the edited note", async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    const note = { id: "1", title: "Old", body: "text", group: null, author: "a", version: 3 };
    render(<NoteEditor note={note} groups={["/team-a"]} onSave={onSave} onCancel={vi.fn()} />);

    expect(screen.getByRole("form", { name: "Edit note" })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(onSave).toHaveBeenCalledWith({ title: "Old", body: "text", group: null });
  });
});
