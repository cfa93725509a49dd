package selection

// Operator is the comparison a selector requirement applies to a key, for
// example "=" or "in".
type Operator string

// The operators understood by label and field selectors. Their values are
// the spellings used in the selector string syntax.
const (
	// DoesNotExist matches when the key is absent ("!key").
	DoesNotExist Operator = "!"
	// Equals matches when the key has exactly the value ("key=value").
	Equals Operator = "="
	// DoubleEquals is a synonym of Equals ("key==value").
	DoubleEquals Operator = "=="
	// In matches when the key has one of the values ("key in (a,b)").
	In Operator = "in"
	// NotEquals matches when the key is absent or has another value.
	NotEquals Operator = "!="
	// NotIn matches when the key is absent or has none of the values.
	NotIn Operator = "notin"
	// Exists matches when the key is present ("key").
	Exists Operator = "exists"
	// GreaterThan matches when the key's value is an integer greater than
	// the single given integer ("key gt 3").
	GreaterThan Operator = "gt"
	// LessThan matches when the key's value is an integer less than the
	// single given integer ("key lt 3").
	LessThan Operator = "lt"
)
