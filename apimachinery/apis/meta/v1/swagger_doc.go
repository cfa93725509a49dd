package v1

import "maps"

// swaggerDocs holds, per type, the descriptions SwaggerDoc returns: the
// type's own under "" and each field's under its JSON name.
var swaggerDocs = map[string]map[string]string{
	"APIGroup": {
		"":                           "APIGroup describes one API group and its versions.",
		"name":                       "Name is the group's name.",
		"versions":                   "Versions are the versions the group is served at.",
		"preferredVersion":           "PreferredVersion is the version clients should use.",
		"serverAddressByClientCIDRs": "ServerAddressByClientCIDRs tells clients which address to use, depending on their own.",
	},
	"APIGroupList": {
		"":       "APIGroupList lists the API groups a server offers, served at /apis.",
		"groups": "Groups are the offered groups.",
	},
	"APIResource": {
		"":                   "APIResource describes one resource (or subresource) of a group version.",
		"name":               "Name is the plural resource name, with \"/subresource\" for subresources.",
		"singularName":       "SingularName is the singular name, e.g. for kubectl output.",
		"namespaced":         "Namespaced tells whether objects live in namespaces.",
		"group":              "Group is set when it differs from the enclosing list's group.",
		"version":            "Version is set when it differs from the enclosing list's version.",
		"kind":               "Kind is the kind of the objects served.",
		"verbs":              "Verbs are the supported verbs: get, list, watch, create, ...",
		"shortNames":         "ShortNames are aliases such as \"po\".",
		"categories":         "Categories are groupings such as \"all\".",
		"storageVersionHash": "StorageVersionHash changes when the storage version changes.",
	},
	"APIResourceList": {
		"":             "APIResourceList lists the resources of one group version, served at /apis/<group>/<version> (or /api/v1).",
		"groupVersion": "GroupVersion is the \"group/version\" of the resources.",
		"resources":    "APIResources are the resources.",
	},
	"APIVersions": {
		"":                           "APIVersions lists the versions of the legacy core API, served at /api.",
		"versions":                   "Versions are the supported versions, e.g. [\"v1\"].",
		"serverAddressByClientCIDRs": "ServerAddressByClientCIDRs tells clients which address to use, depending on their own.",
	},
	"ApplyOptions": {
		"":             "ApplyOptions are the options of a server-side apply, sent as a patch.",
		"dryRun":       "DryRun, when [\"All\"], validates without persisting.",
		"force":        "Force takes conflicting fields away from other managers.",
		"fieldManager": "FieldManager names the actor applying; required.",
	},
	"Condition": {
		"":                   "Condition is one aspect of an object's state, as recorded in the conditions list of its status.",
		"type":               "Type names the condition in CamelCase, e.g. \"Ready\".",
		"status":             "Status is True, False or Unknown.",
		"observedGeneration": "ObservedGeneration is the metadata.generation the condition was computed from.",
		"lastTransitionTime": "LastTransitionTime is when Status last changed.",
		"reason":             "Reason is a CamelCase word explaining the last transition.",
		"message":            "Message explains the last transition for people.",
	},
	"CreateOptions": {
		"":                "CreateOptions are the query parameters of a create request.",
		"dryRun":          "DryRun, when [\"All\"], validates without persisting.",
		"fieldManager":    "FieldManager names the actor making the change.",
		"fieldValidation": "FieldValidation is Ignore, Warn or Strict.",
	},
	"DeleteOptions": {
		"":                   "DeleteOptions are the body (or query parameters) of a delete request.",
		"gracePeriodSeconds": "GracePeriodSeconds overrides the object's grace period; zero deletes immediately.",
		"preconditions":      "Preconditions must hold for the deletion to happen.",
		"orphanDependents":   "OrphanDependents is deprecated; use PropagationPolicy.",
		"propagationPolicy":  "PropagationPolicy is Orphan, Background or Foreground.",
		"dryRun":             "DryRun, when [\"All\"], validates without persisting.",
		"ignoreStoreReadErrorWithClusterBreakingPotential": "IgnoreStoreReadErrorWithClusterBreakingPotential deletes an object that cannot be read from storage; dangerous.",
	},
	"FieldSelectorRequirement": {
		"":         "FieldSelectorRequirement is one requirement on one field path.",
		"key":      "Key is the field path, e.g. \"metadata.name\".",
		"operator": "Operator is In, NotIn, Exists or DoesNotExist.",
		"values":   "Values must be non-empty for In and NotIn and empty otherwise.",
	},
	"FieldsV1": {
		"": "FieldsV1 holds a set of field paths as its raw JSON encoding, kept opaque.",
	},
	"GetOptions": {
		"":                "GetOptions are the query parameters of a get request.",
		"resourceVersion": "ResourceVersion, when set, allows the server to answer from its cache at least as new as this version.",
	},
	"GroupVersionForDiscovery": {
		"":             "GroupVersionForDiscovery names one version of a group.",
		"groupVersion": "GroupVersion is \"group/version\".",
		"version":      "Version is the version alone.",
	},
	"LabelSelector": {
		"":                 "LabelSelector selects objects by their labels. The requirements of MatchLabels and MatchExpressions are ANDed. An empty selector matches everything; a nil one matches nothing.",
		"matchLabels":      "MatchLabels requires each key to have exactly the given value.",
		"matchExpressions": "MatchExpressions are further requirements.",
	},
	"LabelSelectorRequirement": {
		"":         "LabelSelectorRequirement is one requirement on one label key.",
		"key":      "Key is the label key.",
		"operator": "Operator is In, NotIn, Exists or DoesNotExist.",
		"values":   "Values must be non-empty for In and NotIn and empty otherwise.",
	},
	"List": {
		"":         "List is a list of objects of any kinds, each kept as raw JSON.",
		"metadata": "ListMeta is the list's metadata.",
		"items":    "Items are the objects.",
	},
	"ListMeta": {
		"":                   "ListMeta is the metadata of a list response: where the list came from and how to continue it.",
		"selfLink":           "SelfLink is deprecated and no longer set by servers.",
		"resourceVersion":    "ResourceVersion is the version of the store the list was read at.",
		"continue":           "Continue is the token that asks the server for the next page.",
		"remainingItemCount": "RemainingItemCount is the server's estimate of the items not yet returned, when it knows it.",
	},
	"ListOptions": {
		"":                     "ListOptions are the query parameters of list and watch requests.",
		"labelSelector":        "LabelSelector restricts the result by labels, e.g. \"app=web,tier!=db\".",
		"fieldSelector":        "FieldSelector restricts the result by fields, e.g. \"metadata.name=x\".",
		"watch":                "Watch turns the request into a watch.",
		"allowWatchBookmarks":  "AllowWatchBookmarks asks for BOOKMARK events on a watch.",
		"resourceVersion":      "ResourceVersion says which version of the store to read from or watch after; its meaning depends on ResourceVersionMatch.",
		"resourceVersionMatch": "ResourceVersionMatch says how ResourceVersion applies to a list.",
		"timeoutSeconds":       "TimeoutSeconds bounds the duration of a list or watch call.",
		"limit":                "Limit is the page size of a list; zero means no paging.",
		"continue":             "Continue is the token of the page to fetch, from ListMeta.Continue.",
		"sendInitialEvents":    "SendInitialEvents asks a watch to begin with synthetic ADDED events for the current state.",
	},
	"ManagedFieldsEntry": {
		"":            "ManagedFieldsEntry records the fields one manager owns, and through which operation and API version it set them.",
		"manager":     "Manager names the workflow managing the fields.",
		"operation":   "Operation is Apply or Update.",
		"apiVersion":  "APIVersion is the version the fields were written in.",
		"time":        "Time is when the fields were last changed.",
		"fieldsType":  "FieldsType is the format of FieldsV1; only \"FieldsV1\" exists.",
		"fieldsV1":    "FieldsV1 is the set of owned fields.",
		"subresource": "Subresource is the subresource written through, if any.",
	},
	"ObjectMeta": {
		"":                           "ObjectMeta is the metadata every persisted object carries: identity, versioning, labels and annotations, ownership and finalizers.",
		"name":                       "Name is unique within a namespace (or the cluster for cluster-scoped kinds).",
		"generateName":               "GenerateName asks the server to make up a unique name with this prefix when Name is empty.",
		"namespace":                  "Namespace is the namespace of a namespaced object; empty otherwise.",
		"selfLink":                   "SelfLink is deprecated and no longer set by servers.",
		"uid":                        "UID is set by the server and unique over the cluster's lifetime.",
		"resourceVersion":            "ResourceVersion changes on every write; updates use it for optimistic concurrency.",
		"generation":                 "Generation counts changes to the desired state (spec).",
		"creationTimestamp":          "CreationTimestamp is set by the server when the object is created.",
		"deletionTimestamp":          "DeletionTimestamp is set when a graceful deletion was requested.",
		"deletionGracePeriodSeconds": "DeletionGracePeriodSeconds is the grace period of a pending deletion.",
		"labels":                     "Labels are key/value pairs that selectors match.",
		"annotations":                "Annotations are free-form key/value pairs for tools.",
		"ownerReferences":            "OwnerReferences name the objects this one depends on; the garbage collector deletes it when they are gone.",
		"finalizers":                 "Finalizers must all be removed before the object is deleted.",
		"managedFields":              "ManagedFields records which manager owns which fields (server-side apply).",
	},
	"OwnerReference": {
		"":                   "OwnerReference points at an object that owns the one carrying it. The owner must be in the same namespace or cluster-scoped.",
		"apiVersion":         "APIVersion is the owner's API version.",
		"kind":               "Kind is the owner's kind.",
		"name":               "Name is the owner's name.",
		"uid":                "UID is the owner's UID.",
		"controller":         "Controller is true for the one managing controller of the object.",
		"blockOwnerDeletion": "BlockOwnerDeletion, when true, keeps a foreground deletion of the owner waiting until this object is gone.",
	},
	"PartialObjectMetadata": {
		"":         "PartialObjectMetadata is any object reduced to its type and metadata, as served for the \"as=PartialObjectMetadata\" content type.",
		"metadata": "ObjectMeta is the object's metadata.",
	},
	"PartialObjectMetadataList": {
		"":         "PartialObjectMetadataList is a list of PartialObjectMetadata.",
		"metadata": "ListMeta is the list's metadata.",
		"items":    "Items are the objects' metadata.",
	},
	"Patch": {
		"": "Patch is the body of a patch request; its content type says its format.",
	},
	"PatchOptions": {
		"":                "PatchOptions are the query parameters of a patch request.",
		"dryRun":          "DryRun, when [\"All\"], validates without persisting.",
		"force":           "Force takes conflicting fields away from other managers; only for apply patches.",
		"fieldManager":    "FieldManager names the actor making the change; required for apply.",
		"fieldValidation": "FieldValidation is Ignore, Warn or Strict.",
	},
	"Preconditions": {
		"":                "Preconditions must be met before an operation (a delete) happens.",
		"uid":             "UID is the UID the object must have.",
		"resourceVersion": "ResourceVersion is the version the object must be at.",
	},
	"RootPaths": {
		"":      "RootPaths lists the paths a server serves at \"/\".",
		"paths": "Paths are the served paths.",
	},
	"ServerAddressByClientCIDR": {
		"":              "ServerAddressByClientCIDR maps a client network to the server address it should use.",
		"clientCIDR":    "ClientCIDR is the client network, e.g. \"10.0.0.0/8\".",
		"serverAddress": "ServerAddress is \"host:port\" or \"host\".",
	},
	"Status": {
		"":         "Status is what the server returns when a call does not return an object: every failure, and the success of some deletes.",
		"metadata": "ListMeta is unused except for ResourceVersion in some responses.",
		"status":   "Status is StatusSuccess or StatusFailure.",
		"message":  "Message describes the outcome for people.",
		"reason":   "Reason classifies a failure for programs; empty when unknown.",
		"details":  "Details holds more data about the reason, depending on it.",
		"code":     "Code is the HTTP status code of the response.",
	},
	"StatusCause": {
		"":        "StatusCause is one reason a request failed, often tied to a field.",
		"reason":  "Type classifies the cause; empty when unknown.",
		"message": "Message describes the cause for people.",
		"field":   "Field is the path of the field concerned, e.g. \"spec.containers[0].name\".",
	},
	"StatusDetails": {
		"":                  "StatusDetails names the object a Status is about and lists its causes.",
		"name":              "Name is the name of the object concerned, if any.",
		"group":             "Group is its API group.",
		"kind":              "Kind is its kind (or, for some errors, its resource).",
		"uid":               "UID is its UID, when known.",
		"causes":            "Causes lists what went wrong, field by field.",
		"retryAfterSeconds": "RetryAfterSeconds, when positive, is how long a client should wait before retrying.",
	},
	"Table": {
		"":                  "Table is the server-side tabular view of a list of objects, as requested with the \"as=Table\" content type.",
		"metadata":          "ListMeta is the list's metadata.",
		"columnDefinitions": "ColumnDefinitions describe the columns of every row.",
		"rows":              "Rows are the table's rows, one per object.",
	},
	"TableColumnDefinition": {
		"":            "TableColumnDefinition describes one column of a Table.",
		"name":        "Name is the column's header.",
		"type":        "Type is the OpenAPI type of the cells: string, integer, number, boolean.",
		"format":      "Format is an OpenAPI format hint such as \"name\" or \"date\".",
		"description": "Description explains the column.",
		"priority":    "Priority ranks the column; 0 is most important, higher values may be hidden in narrow views.",
	},
	"TableOptions": {
		"":              "TableOptions are the query parameters of a request for a Table.",
		"includeObject": "IncludeObject is None, Metadata (the default) or Object.",
	},
	"TableRow": {
		"":           "TableRow is one row of a Table.",
		"cells":      "Cells hold one JSON value per column.",
		"conditions": "Conditions describe the row's state, e.g. Completed.",
		"object":     "Object is the object of the row, included per TableOptions.",
	},
	"TableRowCondition": {
		"":        "TableRowCondition is one condition of a table row.",
		"type":    "Type is the condition's type.",
		"status":  "Status is True, False or Unknown.",
		"reason":  "Reason is a CamelCase word explaining the status.",
		"message": "Message explains the status for people.",
	},
	"TypeMeta": {
		"":           "TypeMeta says what an object is: its kind and the API version of the schema it follows. It is inlined at the top level of every API object.",
		"kind":       "Kind is the CamelCase name of the object's type, e.g. \"Pod\".",
		"apiVersion": "APIVersion is \"group/version\", or just \"version\" for the core group.",
	},
	"UpdateOptions": {
		"":                "UpdateOptions are the query parameters of an update request.",
		"dryRun":          "DryRun, when [\"All\"], validates without persisting.",
		"fieldManager":    "FieldManager names the actor making the change.",
		"fieldValidation": "FieldValidation is Ignore, Warn or Strict.",
	},
}

// swaggerDoc returns a copy of the descriptions of the named type.
func swaggerDoc(typeName string) map[string]string {
	return maps.Clone(swaggerDocs[typeName])
}

// SwaggerDoc returns the descriptions of APIGroup and its fields, keyed by JSON
// field name ("" for the type itself).
func (APIGroup) SwaggerDoc() map[string]string { return swaggerDoc("APIGroup") }

// SwaggerDoc returns the descriptions of APIGroupList and its fields, keyed by JSON
// field name ("" for the type itself).
func (APIGroupList) SwaggerDoc() map[string]string { return swaggerDoc("APIGroupList") }

// SwaggerDoc returns the descriptions of APIResource and its fields, keyed by JSON
// field name ("" for the type itself).
func (APIResource) SwaggerDoc() map[string]string { return swaggerDoc("APIResource") }

// SwaggerDoc returns the descriptions of APIResourceList and its fields, keyed by JSON
// field name ("" for the type itself).
func (APIResourceList) SwaggerDoc() map[string]string { return swaggerDoc("APIResourceList") }

// SwaggerDoc returns the descriptions of APIVersions and its fields, keyed by JSON
// field name ("" for the type itself).
func (APIVersions) SwaggerDoc() map[string]string { return swaggerDoc("APIVersions") }

// SwaggerDoc returns the descriptions of ApplyOptions and its fields, keyed by JSON
// field name ("" for the type itself).
func (ApplyOptions) SwaggerDoc() map[string]string { return swaggerDoc("ApplyOptions") }

// SwaggerDoc returns the descriptions of Condition and its fields, keyed by JSON
// field name ("" for the type itself).
func (Condition) SwaggerDoc() map[string]string { return swaggerDoc("Condition") }

// SwaggerDoc returns the descriptions of CreateOptions and its fields, keyed by JSON
// field name ("" for the type itself).
func (CreateOptions) SwaggerDoc() map[string]string { return swaggerDoc("CreateOptions") }

// SwaggerDoc returns the descriptions of DeleteOptions and its fields, keyed by JSON
// field name ("" for the type itself).
func (DeleteOptions) SwaggerDoc() map[string]string { return swaggerDoc("DeleteOptions") }

// SwaggerDoc returns the descriptions of FieldSelectorRequirement and its fields, keyed by JSON
// field name ("" for the type itself).
func (FieldSelectorRequirement) SwaggerDoc() map[string]string {
	return swaggerDoc("FieldSelectorRequirement")
}

// SwaggerDoc returns the descriptions of FieldsV1 and its fields, keyed by JSON
// field name ("" for the type itself).
func (FieldsV1) SwaggerDoc() map[string]string { return swaggerDoc("FieldsV1") }

// SwaggerDoc returns the descriptions of GetOptions and its fields, keyed by JSON
// field name ("" for the type itself).
func (GetOptions) SwaggerDoc() map[string]string { return swaggerDoc("GetOptions") }

// SwaggerDoc returns the descriptions of GroupVersionForDiscovery and its fields, keyed by JSON
// field name ("" for the type itself).
func (GroupVersionForDiscovery) SwaggerDoc() map[string]string {
	return swaggerDoc("GroupVersionForDiscovery")
}

// SwaggerDoc returns the descriptions of LabelSelector and its fields, keyed by JSON
// field name ("" for the type itself).
func (LabelSelector) SwaggerDoc() map[string]string { return swaggerDoc("LabelSelector") }

// SwaggerDoc returns the descriptions of LabelSelectorRequirement and its fields, keyed by JSON
// field name ("" for the type itself).
func (LabelSelectorRequirement) SwaggerDoc() map[string]string {
	return swaggerDoc("LabelSelectorRequirement")
}

// SwaggerDoc returns the descriptions of List and its fields, keyed by JSON
// field name ("" for the type itself).
func (List) SwaggerDoc() map[string]string { return swaggerDoc("List") }

// SwaggerDoc returns the descriptions of ListMeta and its fields, keyed by JSON
// field name ("" for the type itself).
func (ListMeta) SwaggerDoc() map[string]string { return swaggerDoc("ListMeta") }

// SwaggerDoc returns the descriptions of ListOptions and its fields, keyed by JSON
// field name ("" for the type itself).
func (ListOptions) SwaggerDoc() map[string]string { return swaggerDoc("ListOptions") }

// SwaggerDoc returns the descriptions of ManagedFieldsEntry and its fields, keyed by JSON
// field name ("" for the type itself).
func (ManagedFieldsEntry) SwaggerDoc() map[string]string { return swaggerDoc("ManagedFieldsEntry") }

// SwaggerDoc returns the descriptions of ObjectMeta and its fields, keyed by JSON
// field name ("" for the type itself).
func (ObjectMeta) SwaggerDoc() map[string]string { return swaggerDoc("ObjectMeta") }

// SwaggerDoc returns the descriptions of OwnerReference and its fields, keyed by JSON
// field name ("" for the type itself).
func (OwnerReference) SwaggerDoc() map[string]string { return swaggerDoc("OwnerReference") }

// SwaggerDoc returns the descriptions of PartialObjectMetadata and its fields, keyed by JSON
// field name ("" for the type itself).
func (PartialObjectMetadata) SwaggerDoc() map[string]string {
	return swaggerDoc("PartialObjectMetadata")
}

// SwaggerDoc returns the descriptions of PartialObjectMetadataList and its fields, keyed by JSON
// field name ("" for the type itself).
func (PartialObjectMetadataList) SwaggerDoc() map[string]string {
	return swaggerDoc("PartialObjectMetadataList")
}

// SwaggerDoc returns the descriptions of Patch and its fields, keyed by JSON
// field name ("" for the type itself).
func (Patch) SwaggerDoc() map[string]string { return swaggerDoc("Patch") }

// SwaggerDoc returns the descriptions of PatchOptions and its fields, keyed by JSON
// field name ("" for the type itself).
func (PatchOptions) SwaggerDoc() map[string]string { return swaggerDoc("PatchOptions") }

// SwaggerDoc returns the descriptions of Preconditions and its fields, keyed by JSON
// field name ("" for the type itself).
func (Preconditions) SwaggerDoc() map[string]string { return swaggerDoc("Preconditions") }

// SwaggerDoc returns the descriptions of RootPaths and its fields, keyed by JSON
// field name ("" for the type itself).
func (RootPaths) SwaggerDoc() map[string]string { return swaggerDoc("RootPaths") }

// SwaggerDoc returns the descriptions of ServerAddressByClientCIDR and its fields, keyed by JSON
// field name ("" for the type itself).
func (ServerAddressByClientCIDR) SwaggerDoc() map[string]string {
	return swaggerDoc("ServerAddressByClientCIDR")
}

// SwaggerDoc returns the descriptions of Status and its fields, keyed by JSON
// field name ("" for the type itself).
func (Status) SwaggerDoc() map[string]string { return swaggerDoc("Status") }

// SwaggerDoc returns the descriptions of StatusCause and its fields, keyed by JSON
// field name ("" for the type itself).
func (StatusCause) SwaggerDoc() map[string]string { return swaggerDoc("StatusCause") }

// SwaggerDoc returns the descriptions of StatusDetails and its fields, keyed by JSON
// field name ("" for the type itself).
func (StatusDetails) SwaggerDoc() map[string]string { return swaggerDoc("StatusDetails") }

// SwaggerDoc returns the descriptions of Table and its fields, keyed by JSON
// field name ("" for the type itself).
func (Table) SwaggerDoc() map[string]string { return swaggerDoc("Table") }

// SwaggerDoc returns the descriptions of TableColumnDefinition and its fields, keyed by JSON
// field name ("" for the type itself).
func (TableColumnDefinition) SwaggerDoc() map[string]string {
	return swaggerDoc("TableColumnDefinition")
}

// SwaggerDoc returns the descriptions of TableOptions and its fields, keyed by JSON
// field name ("" for the type itself).
func (TableOptions) SwaggerDoc() map[string]string { return swaggerDoc("TableOptions") }

// SwaggerDoc returns the descriptions of TableRow and its fields, keyed by JSON
// field name ("" for the type itself).
func (TableRow) SwaggerDoc() map[string]string { return swaggerDoc("TableRow") }

// SwaggerDoc returns the descriptions of TableRowCondition and its fields, keyed by JSON
// field name ("" for the type itself).
func (TableRowCondition) SwaggerDoc() map[string]string { return swaggerDoc("TableRowCondition") }

// SwaggerDoc returns the descriptions of TypeMeta and its fields, keyed by JSON
// field name ("" for the type itself).
func (TypeMeta) SwaggerDoc() map[string]string { return swaggerDoc("TypeMeta") }

// SwaggerDoc returns the descriptions of UpdateOptions and its fields, keyed by JSON
// field name ("" for the type itself).
func (UpdateOptions) SwaggerDoc() map[string]string { return swaggerDoc("UpdateOptions") }
