// Package labels implements label sets and label selectors: parsing the
// selector syntax used in list and watch requests ("app=web,tier in
// (a,b),!canary"), matching selectors against label sets and rendering them
// back to their canonical string form.
//
// The grammar, with requirements separated by commas:
//
//	key           the key exists
//	!key          the key does not exist
//	key=value     the key has the value (also key==value)
//	key!=value    the key is absent or has another value
//	key in (a,b)  the key has one of the values
//	key notin (a,b)
//	key>3, key<3  the key's value is an integer greater or less than 3
//
// Keys must be qualified names (an optional DNS subdomain prefix and '/',
// then a name of at most 63 characters) and values valid label values.
package labels
