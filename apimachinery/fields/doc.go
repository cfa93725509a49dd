// Package fields implements field selectors, the "metadata.name=x,
// status.phase!=Running" filters of list and watch requests: parsing,
// matching against a set of field values, and rendering back to a string.
//
// A field selector is a comma-separated list of terms, each "field=value",
// "field==value" or "field!=value". In values, a backslash escapes a
// backslash, a comma or an equals sign (see EscapeValue).
package fields
