package openapi

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/skiff-k8s/skiff/rest"
)

// ContentTypeOpenAPIV3PB is the media type of an OpenAPI v3 document in
// protobuf.
const ContentTypeOpenAPIV3PB = "application/com.github.proto-openapi.spec.v3@v1.0+protobuf"

// rootPath is where the server lists its OpenAPI v3 documents.
const rootPath = "/openapi/v3"

// Client lists the OpenAPI v3 documents of a server.
type Client interface {
	// Paths maps each path ("api/v1", "apis/apps/v1") to its document.
	Paths() (map[string]GroupVersion, error)
}

// GroupVersion is one OpenAPI v3 document.
type GroupVersion interface {
	// Schema fetches the document in contentType ("application/json" or
	// ContentTypeOpenAPIV3PB).
	Schema(contentType string) ([]byte, error)
	// ServerRelativeURL is the document's URL with its hash query.
	ServerRelativeURL() string
}

// client is the Client over a REST client.
type client struct {
	restClient rest.Interface
}

// NewClient returns the Client that asks restClient's server.
func NewClient(restClient rest.Interface) Client {
	return &client{restClient: restClient}
}

// discoveryDoc is the body of GET /openapi/v3.
type discoveryDoc struct {
	Paths map[string]struct {
		ServerRelativeURL string `json:"serverRelativeURL"`
	} `json:"paths"`
}

// Paths fetches /openapi/v3 and returns its entries.
func (c *client) Paths() (map[string]GroupVersion, error) {
	if c == nil || c.restClient == nil {
		return nil, fmt.Errorf("openapi v3 paths: no REST client")
	}
	data, err := c.restClient.Get().AbsPath(rootPath).Do(context.Background()).Raw()
	if err != nil {
		return nil, fmt.Errorf("openapi v3 paths: %w", err)
	}
	var doc discoveryDoc
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("openapi v3 paths: decoding %s: %w", rootPath, err)
	}
	paths := make(map[string]GroupVersion, len(doc.Paths))
	for path, entry := range doc.Paths {
		paths[path] = &groupVersion{restClient: c.restClient, url: entry.ServerRelativeURL}
	}
	return paths, nil
}

// groupVersion is one document of a client.
type groupVersion struct {
	restClient rest.Interface
	url        string
}

// ServerRelativeURL returns the URL of the document.
func (g *groupVersion) ServerRelativeURL() string {
	return g.url
}

// Schema fetches the document with Accept contentType.
func (g *groupVersion) Schema(contentType string) ([]byte, error) {
	data, err := g.restClient.Get().RequestURI(g.url).SetHeader("Accept", contentType).
		Do(context.Background()).Raw()
	if err != nil {
		return nil, fmt.Errorf("openapi v3 document %s: %w", g.url, err)
	}
	return data, nil
}
