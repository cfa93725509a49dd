package v1

import "maps"

// copyable is a pointer to T that can deep-copy itself into another T.
type copyable[T any] interface {
	*T
	DeepCopyInto(*T)
}

// deepCopyOf returns a new deep copy of in, or nil for nil.
func deepCopyOf[T any, P copyable[T]](in P) P {
	if in == nil {
		return nil
	}
	out := P(new(T))
	in.DeepCopyInto(out)
	return out
}

// deepCopySlice deep-copies every element of in; nil stays nil.
func deepCopySlice[T any, P copyable[T]](in []T) []T {
	if in == nil {
		return nil
	}
	out := make([]T, len(in))
	for i := range in {
		P(&in[i]).DeepCopyInto(&out[i])
	}
	return out
}

// copySlice copies a slice of plain values; nil stays nil.
func copySlice[T any](in []T) []T {
	if in == nil {
		return nil
	}
	out := make([]T, len(in))
	copy(out, in)
	return out
}

// copyMap copies a map of plain values; nil stays nil.
func copyMap[K comparable, V any](in map[K]V) map[K]V {
	return maps.Clone(in)
}

// copyPtr returns a pointer to a copy of *in; nil stays nil.
func copyPtr[T any](in *T) *T {
	if in == nil {
		return nil
	}
	v := *in
	return &v
}
