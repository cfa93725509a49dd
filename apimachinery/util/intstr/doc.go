// Package intstr provides IntOrString, a value that holds either an int32 or
// a string, as used by Kubernetes API fields such as a Service's targetPort
// or a Deployment's maxUnavailable ("25%").
//
// On the wire an IntOrString is a bare JSON number or a JSON string.
package intstr
