// Package metrics holds the hooks through which the client reports what it
// does — request latency, sizes and result codes, client-side rate-limiter
// waits, retries, exec plugin calls, transport cache size and client
// certificate age — to a metrics system of the caller's choice.
//
// The hooks are package-level variables that do nothing until Register
// installs implementations. Register takes effect once per process, so a
// program wires its metrics backend in main and libraries never call it.
// The package depends on no metrics library: an adapter for Prometheus or
// OpenTelemetry implements the small interfaces below.
package metrics
