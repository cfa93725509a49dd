//go:build !race

package unstructured

// raceEnabled is true when the race detector is on.
const raceEnabled = false
