package exec

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"testing"
)

// pluginModeEnv switches the test binary into acting as an exec plugin,
// the fallback when testdata/plugin cannot be built.
const pluginModeEnv = "SKIFF_EXEC_TEST_PLUGIN"

var (
	pluginOnce  sync.Once
	pluginPath  string // the plugin the tests run
	pluginDir   string // where it was built, removed by TestMain
	pluginBuilt bool
)

func TestMain(m *testing.M) {
	if os.Getenv(pluginModeEnv) == "1" {
		os.Exit(runTestPlugin())
	}
	code := m.Run()
	if pluginDir != "" {
		_ = os.RemoveAll(pluginDir)
	}
	if pluginPath != "" && !pluginBuilt {
		fmt.Fprintln(os.Stderr, "exec tests: testdata/plugin did not build; the test binary served as the plugin")
	}
	os.Exit(code)
}

// pluginCommand returns the plugin the tests run: testdata/plugin, built
// on first use, or this test binary itself when the build fails.
func pluginCommand() string {
	pluginOnce.Do(func() { pluginDir, pluginBuilt = buildTestPlugin() })
	return pluginPath
}

// buildTestPlugin builds testdata/plugin into a temporary directory and
// sets pluginPath, falling back to the test binary. It returns the
// directory to remove and whether the build worked.
func buildTestPlugin() (string, bool) {
	self, err := os.Executable()
	if err == nil {
		pluginPath = self
	}
	dir, err := os.MkdirTemp("", "skiff-exec-plugin")
	if err != nil {
		return "", false
	}
	out := filepath.Join(dir, "plugin")
	if runtime.GOOS == "windows" {
		out += ".exe"
	}
	goBin := filepath.Join(runtime.GOROOT(), "bin", "go")
	if _, err := os.Stat(goBin); err != nil {
		goBin = "go"
	}
	if err := exec.Command(goBin, "build", "-o", out, "./testdata/plugin").Run(); err != nil {
		return dir, false
	}
	pluginPath = out
	return dir, true
}

// runTestPlugin behaves like testdata/plugin: PLUGIN_INFO_FILE receives
// KUBERNETES_EXEC_INFO, PLUGIN_COUNT_FILE gets a line per run,
// PLUGIN_STDERR is written to stderr, PLUGIN_OUTPUT (or the contents of
// PLUGIN_OUTPUT_FILE) to stdout, and PLUGIN_EXIT_CODE is the exit code.
func runTestPlugin() int {
	if f := os.Getenv("PLUGIN_INFO_FILE"); f != "" {
		if err := os.WriteFile(f, []byte(os.Getenv("KUBERNETES_EXEC_INFO")), 0o600); err != nil {
			return 90
		}
	}
	if f := os.Getenv("PLUGIN_COUNT_FILE"); f != "" {
		fh, err := os.OpenFile(f, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
		if err != nil {
			return 91
		}
		_, _ = fh.WriteString("run\n")
		_ = fh.Close()
	}
	if msg := os.Getenv("PLUGIN_STDERR"); msg != "" {
		fmt.Fprint(os.Stderr, msg)
	}
	out := os.Getenv("PLUGIN_OUTPUT")
	if f := os.Getenv("PLUGIN_OUTPUT_FILE"); f != "" {
		b, err := os.ReadFile(f)
		if err != nil {
			return 92
		}
		out = string(b)
	}
	fmt.Print(out)
	code, _ := strconv.Atoi(os.Getenv("PLUGIN_EXIT_CODE"))
	return code
}
