//go:build race

package dynamic

// raceEnabled is true under the race detector, which slows decoding about
// tenfold, so whole-fixture tests are skipped.
const raceEnabled = true
