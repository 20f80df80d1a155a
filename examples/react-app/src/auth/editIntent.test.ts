import { beforeEach, describe, expect, it } from "vitest";
import { forgetEditState, rememberEditIntent, takeEditIntent, writeWasAsked } from "./editIntent";

describe("edit intent across the write-scope redirect", () => {
  beforeEach(() => sessionStorage.clear());

  it("gives back the remembered intent exactly once", () => {
    rememberEditIntent({ kind: "edit", noteId: "42" });
    expect(takeEditIntent()).toEqual({ kind: "edit", noteId: "42" });
    expect(takeEditIntent()).toBeNull();
  });

  it("remembers that write was asked until the session's edit state is forgotten", () => {
    expect(writeWasAsked()).toBe(false);
    rememberEditIntent({ kind: "create" });
    expect(writeWasAsked()).toBe(true);
    forgetEditState();
    expect(writeWasAsked()).toBe(false);
  });

  it("ignores a tampered or malformed saved intent", () => {
    sessionStorage.setItem("frontgate.editIntent", "{not json");
    expect(takeEditIntent()).toBeNull();
    sessionStorage.setItem("frontgate.editIntent", JSON.stringify({ kind: "drop-tables" }));
    expect(takeEditIntent()).toBeNull();
  });
});
