package v1

import "github.com/skiff-k8s/skiff/apimachinery/runtime"

// Table is the server-side tabular view of a list of objects, as requested
// with the "as=Table" content type.
type Table struct {
	TypeMeta `json:",inline"`
	// ListMeta is the list's metadata.
	ListMeta `json:"metadata,omitempty"`
	// ColumnDefinitions describe the columns of every row.
	ColumnDefinitions []TableColumnDefinition `json:"columnDefinitions"`
	// Rows are the table's rows, one per object.
	Rows []TableRow `json:"rows"`
}

// TableColumnDefinition describes one column of a Table.
type TableColumnDefinition struct {
	// Name is the column's header.
	Name string `json:"name"`
	// Type is the OpenAPI type of the cells: string, integer, number,
	// boolean.
	Type string `json:"type"`
	// Format is an OpenAPI format hint such as "name" or "date".
	Format string `json:"format"`
	// Description explains the column.
	Description string `json:"description"`
	// Priority ranks the column; 0 is most important, higher values may be
	// hidden in narrow views.
	Priority int32 `json:"priority"`
}

// TableRow is one row of a Table.
type TableRow struct {
	// Cells hold one JSON value per column.
	Cells []interface{} `json:"cells"`
	// Conditions describe the row's state, e.g. Completed.
	Conditions []TableRowCondition `json:"conditions,omitempty"`
	// Object is the object of the row, included per TableOptions.
	Object runtime.RawExtension `json:"object,omitempty"`
}

// RowConditionType names a condition of a table row.
type RowConditionType string

// RowCompleted marks a row whose object has run to completion.
const RowCompleted RowConditionType = "Completed"

// TableRowCondition is one condition of a table row.
type TableRowCondition struct {
	// Type is the condition's type.
	Type RowConditionType `json:"type"`
	// Status is True, False or Unknown.
	Status ConditionStatus `json:"status"`
	// Reason is a CamelCase word explaining the status.
	Reason string `json:"reason,omitempty"`
	// Message explains the status for people.
	Message string `json:"message,omitempty"`
}

// DeepCopyInto copies in into out, sharing no memory.
func (in *Table) DeepCopyInto(out *Table) {
	*out = *in
	in.ListMeta.DeepCopyInto(&out.ListMeta)
	out.ColumnDefinitions = copySlice(in.ColumnDefinitions)
	out.Rows = deepCopySlice(in.Rows)
}

// DeepCopy returns a deep copy of in.
func (in *Table) DeepCopy() *Table { return deepCopyOf(in) }

// DeepCopyObject returns a deep copy of in as a runtime.Object.
func (in *Table) DeepCopyObject() runtime.Object { return nilSafe(in.DeepCopy()) }

// DeepCopyInto copies in into out.
func (in *TableColumnDefinition) DeepCopyInto(out *TableColumnDefinition) { *out = *in }

// DeepCopy returns a deep copy of in.
func (in *TableColumnDefinition) DeepCopy() *TableColumnDefinition { return deepCopyOf(in) }

// DeepCopyInto copies in into out, sharing no memory; cells are copied as
// JSON values.
func (in *TableRow) DeepCopyInto(out *TableRow) {
	*out = *in
	if in.Cells != nil {
		out.Cells = make([]interface{}, len(in.Cells))
		for i, c := range in.Cells {
			out.Cells[i] = runtime.DeepCopyJSONValue(c)
		}
	}
	out.Conditions = copySlice(in.Conditions)
	in.Object.DeepCopyInto(&out.Object)
}

// DeepCopy returns a deep copy of in.
func (in *TableRow) DeepCopy() *TableRow { return deepCopyOf(in) }

// DeepCopyInto copies in into out.
func (in *TableRowCondition) DeepCopyInto(out *TableRowCondition) { *out = *in }

// DeepCopy returns a deep copy of in.
func (in *TableRowCondition) DeepCopy() *TableRowCondition { return deepCopyOf(in) }
