// Package conversion holds the typed conversion functions a Scheme uses to
// turn one Go type into another: functions are registered per (source,
// destination) type pair and looked up with a single map access.
package conversion
