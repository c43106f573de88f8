import type { Profile } from '../../config/profile.js';
import { noProfileNamed } from '../../config/resolve.js';
import type { ProfileStore } from '../../config/store.js';
import { RegnotifyError } from '../../core/errors.js';

/**
 * Writes `next` over the profile `read` earlier (checked, perhaps confirmed, perhaps signed in with), unless another
 * process changed it meanwhile: its change is not overwritten by one decided on what it replaced.
 */
export async function replaceProfile(store: ProfileStore, name: string, read: Profile, next: Profile): Promise<void> {
  await store.update((data) => {
    const current = data.profiles.get(name);
    if (!current) throw noProfileNamed(name);
    if (JSON.stringify(current) !== JSON.stringify(read)) {
      throw new RegnotifyError(`profile ${name} was changed by another process meanwhile; nothing was written`, { hint: 'run the command again' });
    }
    data.profiles.set(name, next);
  });
}
