// Package v1 holds the stable.example.com/v1 API types of the example
// custom resource CronTab: the input of hack/gen-client, which writes the
// typed clientset in ../../../client.
//
// +groupName=stable.example.com
package v1
