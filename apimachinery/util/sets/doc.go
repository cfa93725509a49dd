// Package sets provides set types built on Go maps: the generic Set[T] and
// the named sets String, Int, Int32, Int64 and Byte that older code uses.
package sets
