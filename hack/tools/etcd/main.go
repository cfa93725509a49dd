// Command etcd is the etcd v3.5 server, built from go.etcd.io/etcd/server/v3
// for the skiff integration tests.
package main

import (
	"os"

	"go.etcd.io/etcd/server/v3/etcdmain"
)

func main() {
	etcdmain.Main(os.Args)
}
