// Package version holds Info, the build and version description an API
// server returns from GET /version.
package version
