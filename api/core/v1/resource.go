package v1

import "github.com/skiff-k8s/skiff/apimachinery/api/resource"

// String returns the resource name as a plain string.
func (rn ResourceName) String() string {
	return string(rn)
}

// Name returns a copy of the quantity stored under name, or a zero
// quantity in defaultFormat when the list has none.
func (rl *ResourceList) Name(name ResourceName, defaultFormat resource.Format) *resource.Quantity {
	if val, ok := (*rl)[name]; ok {
		c := val.DeepCopy()
		return &c
	}
	return &resource.Quantity{Format: defaultFormat}
}

// Cpu returns the "cpu" quantity, or a zero decimal quantity.
func (rl *ResourceList) Cpu() *resource.Quantity {
	return rl.Name(ResourceCPU, resource.DecimalSI)
}

// Memory returns the "memory" quantity, or a zero binary quantity.
func (rl *ResourceList) Memory() *resource.Quantity {
	return rl.Name(ResourceMemory, resource.BinarySI)
}

// Storage returns the "storage" quantity, or a zero binary quantity.
func (rl *ResourceList) Storage() *resource.Quantity {
	return rl.Name(ResourceStorage, resource.BinarySI)
}

// Pods returns the "pods" quantity, or a zero decimal quantity.
func (rl *ResourceList) Pods() *resource.Quantity {
	return rl.Name(ResourcePods, resource.DecimalSI)
}

// StorageEphemeral returns the "ephemeral-storage" quantity, or a zero
// binary quantity.
func (rl *ResourceList) StorageEphemeral() *resource.Quantity {
	return rl.Name(ResourceEphemeralStorage, resource.BinarySI)
}
