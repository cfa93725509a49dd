//go:build race

package surface

// raceEnabled reports that the test binary was built with -race.
const raceEnabled = true
