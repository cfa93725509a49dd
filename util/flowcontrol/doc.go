// Package flowcontrol limits how fast a client sends requests and how long
// it backs off after failures: token bucket rate limiters on
// golang.org/x/time/rate (NewTokenBucketRateLimiter), fakes that always or
// never accept, and Backoff, a per-key exponential backoff with optional
// jitter.
package flowcontrol
