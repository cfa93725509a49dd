package cache

import (
	"fmt"

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
}

// indexValues are the values of one object, per index name.
type indexValues map[string][]string

// compute returns the values of obj in every index.
func (s *storeIndex) compute(obj interface{}) (indexValues, error) {
	return computeValues(s.indexers, obj)
}

// computeValues returns the values of obj for every function of indexers.
func computeValues(indexers Indexers, obj interface{}) (indexValues, error) {
	values := make(indexValues, len(indexers))
	for name, fn := range indexers {
		v, err := fn(obj)
		if err != nil {
			return nil, fmt.Errorf("index %q: %w", name, err)
		}
		values[name] = v
	}
	return values, nil
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

// rebuild indexes every item from scratch, leaving out (and reporting)
// items an index function fails for.
func (s *storeIndex) rebuild(items map[string]interface{}) (failed map[string]error) {
	s.indices = Indices{}
	for key, obj := range items {
		values, err := s.compute(obj)
		if err != nil {
			if failed == nil {
				failed = map[string]error{}
			}
			failed[key] = err
			continue
		}
		s.add(key, values)
	}
	return failed
}

// removeEverywhere takes key out of every index value.
func (s *storeIndex) removeEverywhere(key string) {
	for _, index := range s.indices {
		for v, set := range index {
			set.Delete(key)
			if len(set) == 0 {
				delete(index, v)
			}
		}
	}
}
