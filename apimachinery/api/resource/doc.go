// Package resource provides Quantity, the fixed-point number Kubernetes uses
// for resource amounts such as "500m" CPU or "1.5Gi" of memory.
//
// A quantity is written <signedNumber><suffix>, where the suffix is a
// decimal SI prefix (n u m "" k M G T P E), a binary SI prefix
// (Ki Mi Gi Ti Pi Ei) or a decimal exponent (e3, E-2). Parsed values are
// rounded up to the nearest nano (10^-9) and keep the family of suffix they
// were written with. String renders the canonical form: no fractional
// digits, the largest suffix that loses no precision, so "1.5Gi" becomes
// "1536Mi" and "0.1" becomes "100m".
//
// Values that fit an int64 mantissa are handled without allocation; larger
// ones fall back to math/big transparently.
package resource
