import { useEffect, useState } from 'react';
import { useAuth } from '../auth/Auth';
import { userManager } from '../auth/oidc';
import { reviewerOf, type Reviewer } from './reviewer';

/** Read from the ID token's claims kept by the sign-in (no request); undefined until read, null when there are none. */
export function useReviewer(): Reviewer | null | undefined {
  const { user } = useAuth();
  const [reviewer, setReviewer] = useState<Reviewer | null | undefined>(undefined);
  useEffect(() => {
    let current = true;
    userManager().getUser().then(
      stored => current && setReviewer(reviewerOf(stored?.profile as Record<string, unknown> | undefined)),
      () => current && setReviewer(null),
    );
    return () => {
      current = false;
    };
  }, [user]);
  return reviewer;
}
