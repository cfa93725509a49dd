package api_test

import (
	"fmt"

	"github.com/skiff-k8s/skiff/tools/clientcmd/api"
)

// ExampleMinifyConfig keeps only what the current context needs.
func ExampleMinifyConfig() {
	cfg := api.NewConfig()
	cfg.Clusters["prod"] = &api.Cluster{Server: "https://prod.example.com"}
	cfg.Clusters["dev"] = &api.Cluster{Server: "https://dev.example.com"}
	cfg.AuthInfos["alice"] = &api.AuthInfo{Token: "secret"}
	cfg.Contexts["prod"] = &api.Context{Cluster: "prod", AuthInfo: "alice", Namespace: "web"}
	cfg.CurrentContext = "prod"
	if err := api.MinifyConfig(cfg); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(cfg.Clusters), cfg.Clusters["prod"].Server)
	fmt.Println(cfg.AuthInfos["alice"])
	// Output:
	// 1 https://prod.example.com
	// api.AuthInfo{LocationOfOrigin: "", ClientCertificate: "", ClientCertificateData: 0 bytes, ClientKey: "", ClientKeyData: "", Token: "REDACTED", TokenFile: "", Impersonate: "", ImpersonateUID: "", ImpersonateGroups: [], Username: "", Password: "", AuthProvider: nil, Exec: nil}
}
