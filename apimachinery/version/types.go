package version

// Info is the version of a Kubernetes binary as GET /version reports it:
// the major and minor release, the emulated and minimum compatible
// versions, and the build's git and toolchain details.
type Info struct {
	// Major is the major release, e.g. "1".
	Major string `json:"major"`
	// Minor is the minor release, e.g. "34".
	Minor string `json:"minor"`
	// EmulationMajor is the major release the server emulates.
	EmulationMajor string `json:"emulationMajor,omitempty"`
	// EmulationMinor is the minor release the server emulates.
	EmulationMinor string `json:"emulationMinor,omitempty"`
	// MinCompatibilityMajor is the oldest major release the server stays
	// compatible with.
	MinCompatibilityMajor string `json:"minCompatibilityMajor,omitempty"`
	// MinCompatibilityMinor is the oldest minor release the server stays
	// compatible with.
	MinCompatibilityMinor string `json:"minCompatibilityMinor,omitempty"`
	// GitVersion is the semantic version of the build, e.g. "v1.34.4".
	GitVersion string `json:"gitVersion"`
	// GitCommit is the commit the binary was built from.
	GitCommit string `json:"gitCommit"`
	// GitTreeState is "clean" or "dirty".
	GitTreeState string `json:"gitTreeState"`
	// BuildDate is the build time in RFC 3339.
	BuildDate string `json:"buildDate"`
	// GoVersion is the Go toolchain of the build.
	GoVersion string `json:"goVersion"`
	// Compiler is the Go compiler of the build.
	Compiler string `json:"compiler"`
	// Platform is "<os>/<arch>".
	Platform string `json:"platform"`
}

// String returns the GitVersion of info.
func (info Info) String() string {
	return info.GitVersion
}
