// Package fakeclient shows how to test code that talks to Kubernetes
// without a cluster. NotReadyPods takes a kubernetes.Interface, so the test
// hands it a real clientset connected in process to the in-memory API
// server of testing/apiserver, seeded with the pods each case needs, and
// makes the server fail on purpose to test the error path.
//
//	go test ./examples/fake-client
package fakeclient
