// Package memory caches the answers of a discovery client in memory: the
// groups and the resources of every group version are fetched once, on
// first use or after Invalidate, and served from memory afterwards.
package memory
