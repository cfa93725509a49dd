package v1

import metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"

// CronTab runs an image on a cron schedule: a namespaced custom resource
// with a status subresource.
//
// +genclient
// +k8s:deepcopy-gen:interfaces=github.com/skiff-k8s/skiff/apimachinery/runtime.Object
type CronTab struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	// Spec is what the user asks for.
	Spec CronTabSpec `json:"spec"`
	// Status is what the controller last observed; written through the
	// status subresource.
	// +optional
	Status CronTabStatus `json:"status,omitempty"`
}

// CronTabSpec is the desired state of a CronTab.
type CronTabSpec struct {
	// CronSpec is the schedule in cron syntax.
	CronSpec string `json:"cronSpec"`
	// Image is the container image to run.
	Image string `json:"image"`
	// Replicas is how many copies run at once; default 1.
	// +optional
	Replicas *int32 `json:"replicas,omitempty"`
}

// CronTabStatus is the observed state of a CronTab.
type CronTabStatus struct {
	// Active is how many runs are in progress.
	Active int32 `json:"active"`
	// LastScheduleTime is when the last run started.
	// +optional
	LastScheduleTime *metav1.Time `json:"lastScheduleTime,omitempty"`
}

// CronTabList is a list of CronTabs.
//
// +k8s:deepcopy-gen:interfaces=github.com/skiff-k8s/skiff/apimachinery/runtime.Object
type CronTabList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`

	// Items are the CronTabs.
	Items []CronTab `json:"items"`
}
