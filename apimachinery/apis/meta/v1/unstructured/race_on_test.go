//go:build race

package unstructured

// raceEnabled is true when the race detector is on; it slows the decoder
// about tenfold, so whole-fixture tests are skipped.
const raceEnabled = true
