// Package wait holds helpers that repeat work until something happens: poll a
// condition at an interval, retry with exponential backoff, run a function
// periodically until a stop channel closes or a context ends.
//
// The functions taking a context.Context return the context's error when they
// are interrupted; the older helpers return ErrWaitTimeout. Interrupted reports
// whether an error means "the loop was cut short" for both kinds.
//
// Members of the reference package whose signatures use
// k8s.io/utils/clock (BackoffManager and its constructors, BackoffUntil,
// DelayFunc.Timer, Backoff.DelayWithReset) are not offered; JitterUntil,
// Until and the DelayFunc loop cover the same ground with the real clock.
package wait
