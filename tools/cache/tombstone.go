package cache

// DeletedFinalStateUnknown is what an informer delivers for an object it
// learned was deleted without seeing the deletion, typically because the
// object was missing from a relist. Obj is the last state known, which may
// be stale, or nil.
type DeletedFinalStateUnknown struct {
	Key string
	Obj interface{}
}
