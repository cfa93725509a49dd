// Package errors combines several errors into one Aggregate error and
// offers helpers to filter, flatten and reduce such aggregates.
package errors
