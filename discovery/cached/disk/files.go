package disk

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

const (
	// dirMode is the mode of the cache directories.
	dirMode os.FileMode = 0o750
	// fileMode is the mode of the cache files.
	fileMode os.FileMode = 0o660
)

// errCacheMiss says a cache file is absent, expired or not usable.
var errCacheMiss = errors.New("discovery cache miss")

// getCachedFile returns the content of filename while it is younger than
// the TTL and usable by this client. Serving a file this client did not
// write makes the client not fresh.
func (d *CachedDiscoveryClient) getCachedFile(filename string) ([]byte, error) {
	d.mutex.Lock()
	defer d.mutex.Unlock()
	_, ours := d.ourFiles[filename]
	if d.invalidated && !ours {
		return nil, errCacheMiss
	}
	info, err := os.Stat(filename)
	if err != nil {
		return nil, errCacheMiss
	}
	if !info.Mode().IsRegular() || time.Now().After(info.ModTime().Add(d.ttl)) {
		return nil, errCacheMiss
	}
	data, err := os.ReadFile(filename)
	if err != nil {
		return nil, errCacheMiss
	}
	d.fresh = d.fresh && ours
	return data, nil
}

// writeCachedFile writes data to filename through a temporary file in the
// same directory renamed into place, creating the directories 0750 and the
// file 0660.
func (d *CachedDiscoveryClient) writeCachedFile(filename string, data []byte) error {
	d.mutex.Lock()
	defer d.mutex.Unlock()
	if err := writeFileAtomic(filename, data); err != nil {
		return err
	}
	d.ourFiles[filename] = struct{}{}
	return nil
}

// writeFileAtomic writes data to filename through a renamed temporary file.
func writeFileAtomic(filename string, data []byte) error {
	dir := filepath.Dir(filename)
	if err := os.MkdirAll(dir, dirMode); err != nil {
		return fmt.Errorf("creating cache directory %s: %w", dir, err)
	}
	f, err := os.CreateTemp(dir, filepath.Base(filename)+".tmp-")
	if err != nil {
		return fmt.Errorf("creating cache file in %s: %w", dir, err)
	}
	tmp := f.Name()
	err = f.Chmod(fileMode)
	if err == nil {
		_, err = f.Write(data)
	}
	if closeErr := f.Close(); err == nil {
		err = closeErr
	}
	if err == nil {
		err = os.Rename(tmp, filename)
	}
	if err != nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("writing cache file %s: %w", filename, err)
	}
	return nil
}
