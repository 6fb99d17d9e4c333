/**
 * Keeps one instance of a class alive for good, so that V8 keeps the class's hidden classes.
 *
 * V8 gives the instances of a class a chain of hidden classes ("maps"), one per field added from the
 * constructor's initial map, and holds the maps past the first only weakly. When the last instance dies
 * (each analysis uses a new Analyzer, with its own Linker and indexes), a full GC frees those maps and
 * throws away the optimised code of every method that checks them (`node --trace-deopt`: "marking
 * dependent code ... reason: weak objects"); the next instances get new maps and their methods run
 * unoptimised until V8 has optimised them again. One live instance keeps the maps, hence the code. Its
 * fields must take their final kind of value in the constructor (a number field that later holds a
 * fraction must start as one): a field that changes kind later moves live instances to a new map,
 * which the kept instance would not hold.
 */
const kept: object[] = [];

/** Keeps `instance` alive for the life of the process (see the file comment); returns it. */
export function keepMaps<T extends object>(instance: T): T {
  kept.push(instance);
  return instance;
}
