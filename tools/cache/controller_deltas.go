package cache

import "fmt"

// deltaHandler is the notification side of ResourceEventHandler, all
// processDeltas needs; every ResourceEventHandler satisfies it.
type deltaHandler interface {
	OnAdd(obj interface{}, isInInitialList bool)
	OnUpdate(oldObj, newObj interface{})
	OnDelete(obj interface{})
}

// processDeltas applies deltas, as popped from a DeltaFIFO or RealFIFO, to
// store and tells handler about each change, oldest first:
//   - Sync, Replaced, Added, Updated: an object whose key is in the store
//     is updated there (handler.OnUpdate(old, new)); any other is added
//     (handler.OnAdd(new, isInInitialList)).
//   - Deleted: the object is deleted from the store and handed to
//     handler.OnDelete, possibly as a DeletedFinalStateUnknown.
//
// It stops at the first store error, which it returns wrapped with the
// delta that failed; handler is not called for that delta.
func processDeltas(handler deltaHandler, store Store, deltas Deltas, isInInitialList bool) error {
	for _, d := range deltas {
		if err := applyDelta(handler, store, d, isInInitialList); err != nil {
			return fmt.Errorf("applying a %s delta to the store: %w", d.Type, err)
		}
	}
	return nil
}

// applyDelta applies one delta to store and notifies handler.
func applyDelta(handler deltaHandler, store Store, d Delta, isInInitialList bool) error {
	obj := d.Object
	switch d.Type {
	case Sync, Replaced, Added, Updated:
		old, exists, err := store.Get(obj)
		if err != nil {
			return err
		}
		if exists {
			if err := store.Update(obj); err != nil {
				return err
			}
			handler.OnUpdate(old, obj)
			return nil
		}
		if err := store.Add(obj); err != nil {
			return err
		}
		handler.OnAdd(obj, isInInitialList)
		return nil
	case Deleted:
		if err := store.Delete(obj); err != nil {
			return err
		}
		handler.OnDelete(obj)
		return nil
	}
	return fmt.Errorf("unknown delta type %q", d.Type)
}
