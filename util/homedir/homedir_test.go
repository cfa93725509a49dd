package homedir

import (
	"path/filepath"
	"runtime"
	"testing"
)

func TestHomeDirUnix(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("unix rule")
	}
	t.Setenv("HOME", "/some/where")
	if got, want := HomeDir(), "/some/where"; got != want {
		t.Fatalf("HomeDir() = %q, want %q", got, want)
	}
}

func TestWindowsHomeDir(t *testing.T) {
	tests := []struct {
		name     string
		env      map[string]string
		withConf []string
		dirs     []string
		writable []string
		want     string
	}{
		{name: "nothing set", want: ""},
		{name: "only USERPROFILE", env: map[string]string{"USERPROFILE": `C:\u`}, want: `C:\u`},
		{
			name:     "kube config wins over order",
			env:      map[string]string{"HOME": `C:\h`, "HOMEDRIVE": `D:`, "HOMEPATH": `\p`, "USERPROFILE": `C:\u`},
			withConf: []string{`C:\u`}, dirs: []string{`C:\h`, `C:\u`}, writable: []string{`C:\h`, `C:\u`},
			want: `C:\u`,
		},
		{
			name: "first writable existing dir",
			env:  map[string]string{"HOME": `C:\h`, "HOMEDRIVE": `D:`, "HOMEPATH": `\p`},
			dirs: []string{`C:\h`, `D:\p`}, writable: []string{`D:\p`},
			want: `D:\p`,
		},
		{
			name: "fallback to first candidate",
			env:  map[string]string{"HOME": `C:\h`, "USERPROFILE": `C:\u`},
			want: `C:\h`,
		},
		{
			name: "HOMEDRIVE without HOMEPATH ignored",
			env:  map[string]string{"HOMEDRIVE": `D:`, "USERPROFILE": `C:\u`},
			want: `C:\u`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := func(list []string) func(string) bool {
				return func(p string) bool {
					for _, l := range list {
						if p == l {
							return true
						}
					}
					return false
				}
			}
			var conf []string
			for _, d := range tt.withConf {
				conf = append(conf, filepath.Join(d, ".kube", "config"))
			}
			got := windowsHomeDir(func(k string) string { return tt.env[k] }, in(tt.dirs), in(conf), in(tt.writable))
			if got != tt.want {
				t.Fatalf("windowsHomeDir() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDirWritable(t *testing.T) {
	dir := t.TempDir()
	if !dirWritable(dir) {
		t.Fatalf("dirWritable(%q) = false, want true", dir)
	}
	if dirWritable(filepath.Join(dir, "missing")) {
		t.Fatalf("dirWritable(missing) = true, want false")
	}
	if !statDir(dir) || fileExists(dir) {
		t.Fatalf("statDir/fileExists disagree on a directory")
	}
}
