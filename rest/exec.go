package rest

import (
	"errors"

	"github.com/skiff-k8s/skiff/transport"
)

// wireExec installs the exec credential plugin of c into conf.
func (c *Config) wireExec(conf *transport.Config) error {
	return errors.New("exec credential plugins are not available yet")
}
