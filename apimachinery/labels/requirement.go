package labels

import (
	"slices"
	"strconv"
	"strings"

	"github.com/skiff-k8s/skiff/apimachinery/selection"
	"github.com/skiff-k8s/skiff/apimachinery/util/sets"
	"github.com/skiff-k8s/skiff/apimachinery/util/validation"
	"github.com/skiff-k8s/skiff/apimachinery/util/validation/field"
)

// Requirement is one term of a selector: a key, an operator and the values
// it compares with. Build one with NewRequirement, which validates it.
type Requirement struct {
	key       string
	operator  selection.Operator
	strValues []string
}

// validRequirementOperators lists the operators NewRequirement accepts.
var validRequirementOperators = []string{
	string(selection.In), string(selection.NotIn),
	string(selection.Equals), string(selection.DoubleEquals), string(selection.NotEquals),
	string(selection.Exists), string(selection.DoesNotExist),
	string(selection.GreaterThan), string(selection.LessThan),
}

// NewRequirement returns a validated requirement. The key must be a
// qualified name and every value a label value. In and NotIn need at least
// one value; Equals, DoubleEquals and NotEquals exactly one; Exists and
// DoesNotExist none; GreaterThan and LessThan exactly one integer. The
// error lists every problem, under the path given by opts.
func NewRequirement(key string, op selection.Operator, vals []string, opts ...field.PathOption) (*Requirement, error) {
	path := field.ToPath(opts...)
	var allErrs field.ErrorList
	if err := validateLabelKey(key, path); err != nil {
		allErrs = append(allErrs, err)
	}
	valuePath := path.Child("values")
	allErrs = append(allErrs, validateValueCount(op, vals, path, valuePath)...)
	for i := range vals {
		if err := validateLabelValue(vals[i], valuePath.Index(i)); err != nil {
			allErrs = append(allErrs, err)
		}
	}
	if len(allErrs) != 0 {
		return nil, allErrs.ToAggregate()
	}
	return &Requirement{key: key, operator: op, strValues: slices.Clone(vals)}, nil
}

// validateValueCount checks that vals suits op.
func validateValueCount(op selection.Operator, vals []string, path, valuePath *field.Path) field.ErrorList {
	switch op {
	case selection.In, selection.NotIn:
		if len(vals) == 0 {
			return field.ErrorList{field.Invalid(valuePath, vals, "for 'in', 'notin' operators, values set can't be empty")}
		}
	case selection.Equals, selection.DoubleEquals, selection.NotEquals:
		if len(vals) != 1 {
			return field.ErrorList{field.Invalid(valuePath, vals, "exact-match compatibility requires one single value")}
		}
	case selection.Exists, selection.DoesNotExist:
		if len(vals) != 0 {
			return field.ErrorList{field.Invalid(valuePath, vals, "values set must be empty for exists and does not exist")}
		}
	case selection.GreaterThan, selection.LessThan:
		return validateIntegerValue(vals, valuePath)
	default:
		return field.ErrorList{field.NotSupported(path.Child("operator"), op, validRequirementOperators)}
	}
	return nil
}

// validateIntegerValue checks the single integer of gt and lt.
func validateIntegerValue(vals []string, valuePath *field.Path) field.ErrorList {
	var errs field.ErrorList
	if len(vals) != 1 {
		errs = append(errs, field.Invalid(valuePath, vals, "for 'Gt', 'Lt' operators, exactly one value is required"))
	}
	for i := range vals {
		if _, err := strconv.ParseInt(vals[i], 10, 64); err != nil {
			errs = append(errs, field.Invalid(valuePath.Index(i), vals[i], "for 'Gt', 'Lt' operators, the value must be an integer"))
		}
	}
	return errs
}

func validateLabelKey(k string, path *field.Path) *field.Error {
	if errs := validation.IsQualifiedName(k); len(errs) != 0 {
		return field.Invalid(path.Child("key"), k, strings.Join(errs, "; "))
	}
	return nil
}

func validateLabelValue(v string, path *field.Path) *field.Error {
	if errs := validation.IsValidLabelValue(v); len(errs) != 0 {
		return field.Invalid(path, v, strings.Join(errs, "; "))
	}
	return nil
}

// Matches reports whether ls satisfies r.
func (r *Requirement) Matches(ls Labels) bool {
	value, exists := ls.Lookup(r.key)
	switch r.operator {
	case selection.In, selection.Equals, selection.DoubleEquals:
		return exists && slices.Contains(r.strValues, value)
	case selection.NotIn, selection.NotEquals:
		return !exists || !slices.Contains(r.strValues, value)
	case selection.Exists:
		return exists
	case selection.DoesNotExist:
		return !exists
	case selection.GreaterThan, selection.LessThan:
		return exists && r.compareInteger(value)
	default:
		return false
	}
}

// compareInteger applies gt or lt to the label value; non-integers never
// match.
func (r *Requirement) compareInteger(value string) bool {
	if len(r.strValues) != 1 {
		return false
	}
	have, err := strconv.ParseInt(value, 10, 64)
	if err != nil {
		return false
	}
	want, err := strconv.ParseInt(r.strValues[0], 10, 64)
	if err != nil {
		return false
	}
	if r.operator == selection.GreaterThan {
		return have > want
	}
	return have < want
}

// Key returns the key r tests.
func (r *Requirement) Key() string {
	return r.key
}

// Operator returns the operator of r.
func (r *Requirement) Operator() selection.Operator {
	return r.operator
}

// Values returns the values of r as a set.
func (r *Requirement) Values() sets.String {
	return sets.NewString(r.strValues...)
}

// ValuesUnsorted returns a copy of the values of r in the order given.
func (r *Requirement) ValuesUnsorted() []string {
	return slices.Clone(r.strValues)
}

// Equal reports whether r and x have the same key, operator and values (in
// the same order).
func (r Requirement) Equal(x Requirement) bool {
	return r.key == x.key && r.operator == x.operator && slices.Equal(r.strValues, x.strValues)
}

// String renders r in selector syntax: "key", "!key", "key=value",
// "key in (a,b)", "key>3". Several values are sorted.
func (r *Requirement) String() string {
	var b strings.Builder
	if r.operator == selection.DoesNotExist {
		b.WriteByte('!')
	}
	b.WriteString(r.key)
	switch r.operator {
	case selection.Exists, selection.DoesNotExist:
		return b.String()
	case selection.In, selection.NotIn:
		b.WriteString(" " + string(r.operator) + " (")
		b.WriteString(r.joinedValues())
		b.WriteByte(')')
		return b.String()
	case selection.GreaterThan:
		b.WriteByte('>')
	case selection.LessThan:
		b.WriteByte('<')
	default:
		b.WriteString(string(r.operator))
	}
	b.WriteString(r.joinedValues())
	return b.String()
}

// joinedValues returns the values sorted and comma-joined.
func (r *Requirement) joinedValues() string {
	if len(r.strValues) == 1 {
		return r.strValues[0]
	}
	vals := slices.Clone(r.strValues)
	slices.Sort(vals)
	return strings.Join(vals, ",")
}

// DeepCopyInto copies r into out.
func (r *Requirement) DeepCopyInto(out *Requirement) {
	*out = *r
	out.strValues = slices.Clone(r.strValues)
}

// DeepCopy returns a copy of r.
func (r *Requirement) DeepCopy() *Requirement {
	if r == nil {
		return nil
	}
	out := new(Requirement)
	r.DeepCopyInto(out)
	return out
}

// ByKey sorts requirements by key.
type ByKey []Requirement

// Len returns the number of requirements.
func (a ByKey) Len() int { return len(a) }

// Swap swaps two requirements.
func (a ByKey) Swap(i, j int) { a[i], a[j] = a[j], a[i] }

// Less orders requirements by key.
func (a ByKey) Less(i, j int) bool { return a[i].key < a[j].key }

// Requirements is a list of requirements, all of which must hold.
type Requirements []Requirement

// String renders the requirements comma-separated, in order.
func (r Requirements) String() string {
	parts := make([]string, len(r))
	for i := range r {
		parts[i] = r[i].String()
	}
	return strings.Join(parts, ",")
}
