// Package selection defines the operators that label and field selectors
// use to compare a key with its values.
package selection
