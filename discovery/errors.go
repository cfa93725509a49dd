package discovery

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// ErrGroupDiscoveryFailed says that the resources of some group versions
// could not be discovered; the results returned with it hold the others.
type ErrGroupDiscoveryFailed struct {
	// Groups maps each failed group version to its error.
	Groups map[schema.GroupVersion]error
}

// Error lists the failed group versions, sorted, with their errors.
func (e *ErrGroupDiscoveryFailed) Error() string {
	groups := make([]string, 0, len(e.Groups))
	for gv, err := range e.Groups {
		groups = append(groups, fmt.Sprintf("%s: %v", gv, err))
	}
	sort.Strings(groups)
	return "unable to retrieve the complete list of server APIs: " + strings.Join(groups, ", ")
}

// Is reports whether target is an *ErrGroupDiscoveryFailed, so that
// errors.Is(err, &ErrGroupDiscoveryFailed{}) matches any of them.
func (e *ErrGroupDiscoveryFailed) Is(target error) bool {
	_, ok := target.(*ErrGroupDiscoveryFailed)
	return ok
}

// IsGroupDiscoveryFailedError reports whether err is (or wraps) an
// *ErrGroupDiscoveryFailed.
func IsGroupDiscoveryFailedError(err error) bool {
	var failed *ErrGroupDiscoveryFailed
	return err != nil && errors.As(err, &failed)
}

// GroupDiscoveryFailedErrorGroups returns the failed group versions of err
// when it is (or wraps) an *ErrGroupDiscoveryFailed.
func GroupDiscoveryFailedErrorGroups(err error) (map[schema.GroupVersion]error, bool) {
	var failed *ErrGroupDiscoveryFailed
	if err == nil || !errors.As(err, &failed) {
		return nil, false
	}
	return failed.Groups, true
}

// StaleGroupVersionError says that aggregated discovery marked a group
// version stale: the server serving it did not answer its last discovery.
type StaleGroupVersionError struct {
	gv schema.GroupVersion
}

// Error names the stale group version.
func (s StaleGroupVersionError) Error() string {
	return fmt.Sprintf("stale GroupVersion discovery: %v", s.gv)
}
