package cache

import (
	"fmt"
	"slices"

	"github.com/skiff-k8s/skiff/apimachinery/api/meta"
	"github.com/skiff-k8s/skiff/apimachinery/util/sets"
)

// NamespaceIndex is the conventional name of the index by namespace, made
// by MetaNamespaceIndexFunc.
const NamespaceIndex string = "namespace"

// IndexFunc computes the values an object is indexed under; an object is
// listed under each value it returns.
type IndexFunc func(obj interface{}) ([]string, error)

// Indexers maps index names to the functions that compute them.
type Indexers map[string]IndexFunc

// Index maps each indexed value to the keys of the objects indexed under
// it.
type Index map[string]sets.String

// Indices maps index names to their Index.
type Indices map[string]Index

// Indexer is a Store with secondary indices.
type Indexer interface {
	Store
	// Index returns the objects that share an indexed value with obj in the
	// named index.
	Index(indexName string, obj interface{}) ([]interface{}, error)
	// IndexKeys returns the keys of the objects indexed under indexedValue.
	IndexKeys(indexName, indexedValue string) ([]string, error)
	// ListIndexFuncValues returns the values of the named index that have
	// at least one object.
	ListIndexFuncValues(indexName string) []string
	// ByIndex returns the objects indexed under indexedValue.
	ByIndex(indexName, indexedValue string) ([]interface{}, error)
	// GetIndexers returns the index functions.
	GetIndexers() Indexers
	// AddIndexers adds index functions, indexing the objects already
	// stored; a name already in use is an error.
	AddIndexers(newIndexers Indexers) error
}

// MetaNamespaceIndexFunc indexes an object by its namespace.
func MetaNamespaceIndexFunc(obj interface{}) ([]string, error) {
	m, err := meta.Accessor(obj)
	if err != nil {
		return []string{""}, accessorError(err)
	}
	return []string{m.GetNamespace()}, nil
}

// IndexFuncToKeyFuncAdapter turns an index function that returns exactly
// one value into a KeyFunc; any other number of values is an error.
func IndexFuncToKeyFuncAdapter(indexFunc IndexFunc) KeyFunc {
	return func(obj interface{}) (string, error) {
		values, err := indexFunc(obj)
		if err != nil {
			return "", err
		}
		switch len(values) {
		case 0:
			return "", fmt.Errorf("unexpected empty indexKeys")
		case 1:
			return values[0], nil
		}
		return "", fmt.Errorf("too many keys: %v", values)
	}
}

// storeIndex maintains the indices of a threadSafeMap; its caller holds
// the lock.
type storeIndex struct {
	indexers Indexers
	indices  Indices
	// unindexed records, per index name, the stored objects (by key) the
	// index function failed for, with its error: they are stored but
	// missing from that index, and queries of the index report it.
	unindexed map[string]map[string]error
}

// indexValues are the values of one object, per index name.
type indexValues map[string][]string

// compute returns the values of obj in every index, or the error of the
// first index function (by name) that fails.
func (s *storeIndex) compute(obj interface{}) (indexValues, error) {
	values, failures := computeValues(s.indexers, obj)
	if len(failures) > 0 {
		return nil, firstFailure(failures)
	}
	return values, nil
}

// computeValues returns the values of obj for every function of indexers
// that succeeds, and the errors of those that fail, by index name.
func computeValues(indexers Indexers, obj interface{}) (indexValues, map[string]error) {
	values := make(indexValues, len(indexers))
	var failures map[string]error
	for name, fn := range indexers {
		v, err := fn(obj)
		if err != nil {
			if failures == nil {
				failures = map[string]error{}
			}
			failures[name] = err
			continue
		}
		values[name] = v
	}
	return values, failures
}

// firstFailure returns the failure of the first index name in order,
// naming the index.
func firstFailure(failures map[string]error) error {
	names := make([]string, 0, len(failures))
	for name := range failures {
		names = append(names, name)
	}
	slices.Sort(names)
	return fmt.Errorf("index %q: %w", names[0], failures[names[0]])
}

// add lists key under every value in values.
func (s *storeIndex) add(key string, values indexValues) {
	for name, vals := range values {
		index := s.indices[name]
		if index == nil {
			index = Index{}
			s.indices[name] = index
		}
		for _, v := range vals {
			set := index[v]
			if set == nil {
				set = sets.String{}
				index[v] = set
			}
			set.Insert(key)
		}
	}
}

// remove takes key out of every value in values, dropping emptied values.
func (s *storeIndex) remove(key string, values indexValues) {
	for name, vals := range values {
		index := s.indices[name]
		for _, v := range vals {
			set := index[v]
			if set == nil {
				continue
			}
			set.Delete(key)
			if len(set) == 0 {
				delete(index, v)
			}
		}
	}
}

// rebuild indexes every item from scratch. An item an index function
// fails for is reported in failed; with lenient it is still indexed by
// the other functions and recorded as missing from the failing ones,
// otherwise it is left out of every index.
func (s *storeIndex) rebuild(items map[string]interface{}, lenient bool) (failed map[string]error) {
	s.indices = Indices{}
	s.unindexed = nil
	for key, obj := range items {
		values, failures := computeValues(s.indexers, obj)
		if len(failures) > 0 {
			if failed == nil {
				failed = map[string]error{}
			}
			failed[key] = firstFailure(failures)
			if !lenient {
				continue
			}
			s.setFailures(key, failures)
		}
		s.add(key, values)
	}
	return failed
}

// removeFromIndex takes key out of every value of the named index.
func (s *storeIndex) removeFromIndex(name, key string) {
	index := s.indices[name]
	for v, set := range index {
		set.Delete(key)
		if len(set) == 0 {
			delete(index, v)
		}
	}
}

// setFailures records that key is missing from each index of failures
// and present in every other.
func (s *storeIndex) setFailures(key string, failures map[string]error) {
	for name := range s.indexers {
		err, failed := failures[name]
		if !failed {
			s.clearFailure(name, key)
			continue
		}
		if s.unindexed == nil {
			s.unindexed = map[string]map[string]error{}
		}
		if s.unindexed[name] == nil {
			s.unindexed[name] = map[string]error{}
		}
		s.unindexed[name][key] = err
	}
}

// clearFailures records that key is in every index (or stored no more).
func (s *storeIndex) clearFailures(key string) {
	for name := range s.unindexed {
		s.clearFailure(name, key)
	}
}

func (s *storeIndex) clearFailure(name, key string) {
	keys := s.unindexed[name]
	if keys == nil {
		return
	}
	delete(keys, key)
	if len(keys) == 0 {
		delete(s.unindexed, name)
	}
}

// incomplete returns an error if stored objects are missing from the
// named index because its function failed for them, nil otherwise.
func (s *storeIndex) incomplete(name string) error {
	keys := s.unindexed[name]
	if len(keys) == 0 {
		return nil
	}
	first := ""
	for key := range keys {
		if first == "" || key < first {
			first = key
		}
	}
	return fmt.Errorf("index %q is incomplete: its function failed for %d stored object(s), first %q: %w",
		name, len(keys), first, keys[first])
}
