package homedir

import (
	"os"
	"path/filepath"
	"runtime"
)

// HomeDir returns the home directory of the current user.
//
// On Unix it is $HOME. On Windows the candidates are %HOME%,
// %HOMEDRIVE%%HOMEPATH% and %USERPROFILE%, in that order: the first one
// that contains .kube\config wins, otherwise the first one that exists and
// is writable, otherwise the first one that is set. It returns "" when no
// candidate is set.
func HomeDir() string {
	if runtime.GOOS == "windows" {
		return windowsHomeDir(os.Getenv, statDir, fileExists, dirWritable)
	}
	return os.Getenv("HOME")
}

// windowsHomeDir applies the Windows selection rules with injectable probes
// so the rules can be tested on any OS.
func windowsHomeDir(getenv func(string) string, isDir, hasFile, writable func(string) bool) string {
	var candidates []string
	if home := getenv("HOME"); home != "" {
		candidates = append(candidates, home)
	}
	if drive, path := getenv("HOMEDRIVE"), getenv("HOMEPATH"); drive != "" && path != "" {
		candidates = append(candidates, drive+path)
	}
	if profile := getenv("USERPROFILE"); profile != "" {
		candidates = append(candidates, profile)
	}
	for _, dir := range candidates {
		if hasFile(filepath.Join(dir, ".kube", "config")) {
			return dir
		}
	}
	for _, dir := range candidates {
		if isDir(dir) && writable(dir) {
			return dir
		}
	}
	if len(candidates) > 0 {
		return candidates[0]
	}
	return ""
}

func statDir(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.IsDir()
}

func fileExists(path string) bool {
	info, err := os.Stat(path)
	return err == nil && !info.IsDir()
}

// dirWritable reports whether a file can be created in dir.
func dirWritable(dir string) bool {
	f, err := os.CreateTemp(dir, ".homedir-probe-*")
	if err != nil {
		return false
	}
	name := f.Name()
	_ = f.Close()
	_ = os.Remove(name)
	return true
}
