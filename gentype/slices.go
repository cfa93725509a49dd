package gentype

// ToPointerSlice returns pointers to the elements of src, in order; nil
// for a nil src.
func ToPointerSlice[T any](src []T) []*T {
	if src == nil {
		return nil
	}
	out := make([]*T, len(src))
	for i := range src {
		out[i] = &src[i]
	}
	return out
}

// FromPointerSlice returns copies of the values src points to, in order;
// nil for a nil src. A nil element becomes the zero value.
func FromPointerSlice[T any](src []*T) []T {
	if src == nil {
		return nil
	}
	out := make([]T, len(src))
	for i, p := range src {
		if p != nil {
			out[i] = *p
		}
	}
	return out
}
