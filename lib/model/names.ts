/** "Amy" from "Amy Lee"; null when there is no name. Messages and why-lines greet people by it. */
export function firstName(fullName: string | null | undefined): string | null {
  const first = fullName?.trim().split(/\s+/)[0];
  return first ? first : null;
}
