package cache

// UndeltaStore is a Store that, after every change, calls PushFunc with the
// full content, for consumers that want the whole state rather than
// deltas. Calls are made in the order of the changes when the store is
// written by one goroutine, as a reflector does.
type UndeltaStore struct {
	Store
	PushFunc func([]interface{})
}

// NewUndeltaStore returns an empty UndeltaStore keyed by keyFunc that
// pushes to pushFunc.
func NewUndeltaStore(pushFunc func([]interface{}), keyFunc KeyFunc) *UndeltaStore {
	return &UndeltaStore{Store: NewStore(keyFunc), PushFunc: pushFunc}
}

// Add adds obj, then pushes the content.
func (u *UndeltaStore) Add(obj interface{}) error {
	return u.push(u.Store.Add(obj))
}

// Update updates obj, then pushes the content.
func (u *UndeltaStore) Update(obj interface{}) error {
	return u.push(u.Store.Update(obj))
}

// Delete deletes obj, then pushes the content.
func (u *UndeltaStore) Delete(obj interface{}) error {
	return u.push(u.Store.Delete(obj))
}

// Replace replaces the content with list, then pushes it.
func (u *UndeltaStore) Replace(list []interface{}, resourceVersion string) error {
	return u.push(u.Store.Replace(list, resourceVersion))
}

// push calls PushFunc with the content unless the write failed.
func (u *UndeltaStore) push(err error) error {
	if err != nil {
		return err
	}
	if u.PushFunc != nil {
		u.PushFunc(u.Store.List())
	}
	return nil
}
