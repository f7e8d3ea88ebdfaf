/**
 * A stored item's migrations, keyed by the version each one produces: `{ 2: fromV1, 3: fromV2 }`.
 * Each takes a value as an older build stored it (unknown: it was never checked by today's schema)
 * and returns it in the next version's shape. For a list or record it takes one entry.
 */
export type Migrations = Readonly<Record<number, (previous: unknown) => unknown>>;

/**
 * The item's version: 1 without migrations, else its highest migration. Deriving it means adding a
 * version is adding one migration; numbering them 2, 3, … without gaps is checked here, because WXT
 * runs every step between the stored version and this one and a missing step would skip a change.
 */
export function versionOf(name: string, migrations: Migrations): number {
  const versions = Object.keys(migrations)
    .map(Number)
    .sort((a, b) => a - b);
  versions.forEach((version, index) => {
    // A programmer's error in lib/storage/items.ts, thrown when the module loads (the unit tests load it).
    if (version !== index + 2) {
      throw new Error(`Stored "${name}": migrations must be numbered 2, 3, … without gaps (found ${versions}).`);
    }
  });
  return versions.length + 1;
}
