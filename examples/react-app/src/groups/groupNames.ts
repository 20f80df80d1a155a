/**
 * The API names groups by their full Keycloak path (`/team-b/team-a`): two groups may share a name, never a path.
 * People read names, so the app shows a group's last segment, and the full path too wherever another group the app
 * knows of ends in the same name.
 */
export const lastSegment = (path: string) => path.slice(path.lastIndexOf("/") + 1) || path;

/** A namer for group paths, aware of the other paths on screen (`known`). */
export function groupNamer(known: readonly (string | null)[]): (path: string) => string {
  const paths = new Set(known.filter((path): path is string => path !== null));
  return (path) => {
    const name = lastSegment(path);
    const ambiguous = [...paths].some((other) => other !== path && lastSegment(other) === name);
    return ambiguous ? `${name} (${path})` : name;
  };
}
