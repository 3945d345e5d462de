/** Who the signed-in reviewer is: their id (the token's subject, as tasks' `claimedBy` names it) and their bodies' codes. */
export interface Reviewer {
  id: string;
  bodyCodes: string[];
}

export function reviewerOf(profile: Record<string, unknown> | undefined): Reviewer | null {
  const id = profile?.sub;
  if (typeof id !== 'string' || !id) return null;
  const bodies = profile?.hr_body;
  const bodyCodes = Array.isArray(bodies) ? bodies.filter((b): b is string => typeof b === 'string') : typeof bodies === 'string' ? [bodies] : [];
  return { id: id.toLowerCase(), bodyCodes };
}

export function isMine(claimedBy: string | null | undefined, reviewer: Reviewer | null): boolean {
  return !!claimedBy && !!reviewer && claimedBy.toLowerCase() === reviewer.id;
}
