package patch

import (
	"errors"
	"reflect"
	"time"
)

// Apply performs server-side apply of applied onto live (nil when the object
// does not exist yet) for manager, recording ownership in managedFields.
func Apply(live, applied []byte, t reflect.Type, manager string, force bool, now time.Time) ([]byte, error) {
	return nil, errors.New("server-side apply: not implemented yet")
}

// Update records managedFields for a non-apply write by manager.
func Update(old, updated []byte, t reflect.Type, manager string, operation string, now time.Time) ([]byte, error) {
	return updated, nil
}
