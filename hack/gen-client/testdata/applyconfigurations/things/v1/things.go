// Package v1 stands in for generated apply configurations.
package v1

// ThingApplyConfiguration is a partial Thing.
type ThingApplyConfiguration struct {
	Name *string `json:"-"`
}

// GetName returns the name of the configured Thing.
func (c *ThingApplyConfiguration) GetName() *string { return c.Name }

// KnobApplyConfiguration is a partial Knob.
type KnobApplyConfiguration struct {
	Name *string `json:"-"`
}

// GetName returns the name of the configured Knob.
func (c *KnobApplyConfiguration) GetName() *string { return c.Name }

// ScaleApplyConfiguration is a partial Scale.
type ScaleApplyConfiguration struct {
	Replicas *int32 `json:"replicas,omitempty"`
}
