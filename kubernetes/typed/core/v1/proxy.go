package v1

import (
	"sort"

	"github.com/skiff-k8s/skiff/rest"
)

// proxyGet builds GET <resource>/<scheme:name:port>/proxy/<path>?params
// in namespace.
func proxyGet(client rest.Interface, namespace, resource, scheme, name, port, path string, params map[string]string) *rest.Request {
	req := client.Get().Namespace(namespace).Resource(resource).
		SubResource("proxy").Name(joinSchemeNamePort(scheme, name, port)).Suffix(path)
	keys := make([]string, 0, len(params))
	for k := range params {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		req = req.Param(k, params[k])
	}
	return req
}

// joinSchemeNamePort writes "scheme:name:port", "name:port" or "name",
// the proxy name syntax.
func joinSchemeNamePort(scheme, name, port string) string {
	switch {
	case scheme != "":
		return scheme + ":" + name + ":" + port
	case port != "":
		return name + ":" + port
	}
	return name
}
