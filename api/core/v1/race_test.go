//go:build race

package v1

// raceEnabled reports that the test binary was built with -race.
const raceEnabled = true
