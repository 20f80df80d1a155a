import { describe, expect, it, vi } from "vitest";
import { notesApi, toNotePage } from "./notesApi";

const note = { id: "7", title: "t", body: "b", group: "/team-a", author: "s", version: 2 };

describe("notesApi", () => {
  it("reads the API's page of notes", () => {
    expect(toNotePage({ items: [note], page: 1, size: 20, total: 61 }, 0)).toEqual({
      notes: [note],
      page: 1,
      totalPages: 4,
    });
    expect(toNotePage({ items: [], page: 0, size: 20, total: 0 }, 0)).toEqual({ notes: [], page: 0, totalPages: 1 });
    expect(toNotePage({}, 2)).toEqual({ notes: [], page: 2, totalPages: 1 });
  });

  it("sends the version it read with updates and deletes", async () => {
    const request = vi.fn().mockResolvedValue(undefined);
    const api = notesApi(request);

    await api.update(note, { title: "new", body: "b", group: null });
    await api.remove(note);

    expect(request).toHaveBeenNthCalledWith(1, "PUT", "/api/notes/7", {
      title: "new",
      body: "b",
      group: null,
      version: 2,
    });
    expect(request).toHaveBeenNthCalledWith(2, "DELETE", "/api/notes/7?version=2");
  });
});
