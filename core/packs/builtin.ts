// The packs that ship with WPS Lens (data files, validated like any other pack when loaded).
import nato from '../data/packs/nato.json' with { type: 'json' };
import nap from '../data/packs/nap.json' with { type: 'json' };

export const BUILTIN_PACKS: readonly unknown[] = [nato, nap];
