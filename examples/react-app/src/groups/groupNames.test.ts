import { describe, expect, it } from "vitest";
import { groupNamer, lastSegment } from "./groupNames";

describe("group names", () => {
  it("shows the last segment of a group path", () => {
    expect(lastSegment("/team-a")).toBe("team-a");
    expect(lastSegment("/team-b/team-a")).toBe("team-a");
    expect(groupNamer(["/editors", "/team-b/team-a"])("/team-b/team-a")).toBe("team-a");
  });

  it("adds the full path when another known group has the same name", () => {
    const name = groupNamer(["/team-a", "/team-b/team-a", "/editors", null]);
    expect(name("/team-a")).toBe("team-a (/team-a)");
    expect(name("/team-b/team-a")).toBe("team-a (/team-b/team-a)");
    expect(name("/editors")).toBe("editors");
  });

  it("tells an unknown path apart from a known one of the same name", () => {
    expect(groupNamer(["/team-a"])("/team-b/team-a")).toBe("team-a (/team-b/team-a)");
  });
});
