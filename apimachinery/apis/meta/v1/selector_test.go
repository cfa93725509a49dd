package v1

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/skiff-k8s/skiff/apimachinery/labels"
)

func TestLabelSelectorAsSelector(t *testing.T) {
	tests := []struct {
		name    string
		in      *LabelSelector
		want    string
		matches labels.Set
		misses  labels.Set
		wantErr string
	}{
		{name: "nil selects nothing", in: nil, want: "", misses: labels.Set{}},
		{name: "empty selects everything", in: &LabelSelector{}, want: "", matches: labels.Set{"a": "b"}},
		{name: "match labels", in: &LabelSelector{MatchLabels: map[string]string{"b": "2", "a": "1"}},
			want: "a=1,b=2", matches: labels.Set{"a": "1", "b": "2", "c": "3"}, misses: labels.Set{"a": "1"}},
		{name: "expressions", in: &LabelSelector{MatchExpressions: []LabelSelectorRequirement{
			{Key: "env", Operator: LabelSelectorOpIn, Values: []string{"prod", "dev"}},
			{Key: "canary", Operator: LabelSelectorOpDoesNotExist},
			{Key: "tier", Operator: LabelSelectorOpNotIn, Values: []string{"db"}},
			{Key: "app", Operator: LabelSelectorOpExists},
		}}, want: "app,!canary,env in (dev,prod),tier notin (db)",
			matches: labels.Set{"app": "x", "env": "dev"}, misses: labels.Set{"app": "x", "env": "dev", "canary": "1"}},
		{name: "bad operator", in: &LabelSelector{MatchExpressions: []LabelSelectorRequirement{{Key: "a", Operator: "Near"}}},
			wantErr: `"Near" is not a valid label selector operator`},
		{name: "bad key", in: &LabelSelector{MatchLabels: map[string]string{"-bad": "x"}}, wantErr: "-bad"},
		{name: "in without values", in: &LabelSelector{MatchExpressions: []LabelSelectorRequirement{{Key: "a", Operator: LabelSelectorOpIn}}},
			wantErr: "a"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sel, err := LabelSelectorAsSelector(tt.in)
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, sel.String())
			if tt.matches != nil {
				assert.True(t, sel.Matches(tt.matches), "should match %v", tt.matches)
			}
			if tt.misses != nil {
				assert.False(t, sel.Matches(tt.misses), "should not match %v", tt.misses)
			}
		})
	}
}

func TestLabelSelectorAsMap(t *testing.T) {
	tests := []struct {
		name    string
		in      *LabelSelector
		want    map[string]string
		wantErr string
	}{
		{"nil", nil, nil, ""},
		{"labels and single in", &LabelSelector{MatchLabels: map[string]string{"a": "1"},
			MatchExpressions: []LabelSelectorRequirement{{Key: "b", Operator: LabelSelectorOpIn, Values: []string{"2"}}}},
			map[string]string{"a": "1", "b": "2"}, ""},
		{"in with two values", &LabelSelector{MatchExpressions: []LabelSelectorRequirement{{Key: "b", Operator: LabelSelectorOpIn, Values: []string{"1", "2"}}}},
			map[string]string{}, "without a single value"},
		{"exists", &LabelSelector{MatchExpressions: []LabelSelectorRequirement{{Key: "b", Operator: LabelSelectorOpExists}}},
			map[string]string{}, `operator "Exists" cannot be converted`},
		{"unknown", &LabelSelector{MatchExpressions: []LabelSelectorRequirement{{Key: "b", Operator: "X"}}},
			map[string]string{}, `"X" is not a valid selector operator`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := LabelSelectorAsMap(tt.in)
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
			} else {
				require.NoError(t, err)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestParseToLabelSelector(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    *LabelSelector
		wantErr string
	}{
		{"empty", "", &LabelSelector{MatchLabels: map[string]string{}, MatchExpressions: []LabelSelectorRequirement{}}, ""},
		{"mixed", "app=web,env in (prod,dev),!canary,tier,x=y", &LabelSelector{
			MatchLabels: map[string]string{"app": "web", "x": "y"},
			MatchExpressions: []LabelSelectorRequirement{
				{Key: "canary", Operator: LabelSelectorOpDoesNotExist, Values: []string{}},
				{Key: "env", Operator: LabelSelectorOpIn, Values: []string{"dev", "prod"}},
				{Key: "tier", Operator: LabelSelectorOpExists, Values: []string{}},
			}}, ""},
		{"not equals", "a!=b", nil, `"!=" is not a valid label selector operator`},
		{"greater", "a>1", nil, `"gt" isn't supported in label selectors`},
		{"syntax", "a in (", nil, `couldn't parse the selector string "a in ("`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseToLabelSelector(tt.in)
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				return
			}
			require.NoError(t, err)
			for i := range got.MatchExpressions {
				if got.MatchExpressions[i].Values == nil {
					got.MatchExpressions[i].Values = []string{}
				}
			}
			assert.ElementsMatch(t, tt.want.MatchExpressions, got.MatchExpressions)
			assert.Equal(t, tt.want.MatchLabels, got.MatchLabels)
			back, err := LabelSelectorAsSelector(got)
			require.NoError(t, err)
			reparsed, err := labels.Parse(tt.in)
			require.NoError(t, err)
			assert.Equal(t, reparsed.String(), back.String(), "round trip through LabelSelector")
		})
	}
}

func TestLabelSelectorHelpers(t *testing.T) {
	assert.Nil(t, SetAsLabelSelector(nil))
	assert.Equal(t, &LabelSelector{MatchLabels: map[string]string{"a": "1"}}, SetAsLabelSelector(labels.Set{"a": "1"}))

	assert.Equal(t, "<none>", FormatLabelSelector(&LabelSelector{}))
	assert.Equal(t, "<none>", FormatLabelSelector(nil))
	assert.Equal(t, "<error>", FormatLabelSelector(&LabelSelector{MatchExpressions: []LabelSelectorRequirement{{Key: "a", Operator: "?"}}}))
	assert.Equal(t, "a=1,b in (x)", FormatLabelSelector(&LabelSelector{MatchLabels: map[string]string{"a": "1"},
		MatchExpressions: []LabelSelectorRequirement{{Key: "b", Operator: LabelSelectorOpIn, Values: []string{"x"}}}}))

	orig := &LabelSelector{MatchLabels: map[string]string{"a": "1"}}
	clone := CloneSelectorAndAddLabel(orig, "b", "2")
	assert.Equal(t, map[string]string{"a": "1"}, orig.MatchLabels, "clone must not touch the original")
	assert.Equal(t, map[string]string{"a": "1", "b": "2"}, clone.MatchLabels)
	assert.Same(t, orig, CloneSelectorAndAddLabel(orig, "", "x"))

	added := AddLabelToSelector(&LabelSelector{}, "k", "v")
	assert.Equal(t, map[string]string{"k": "v"}, added.MatchLabels)
	assert.Equal(t, map[string]string{"k": "v"}, AddLabelToSelector(nil, "k", "v").MatchLabels)
	assert.True(t, SelectorHasLabel(added, "k"))
	assert.False(t, SelectorHasLabel(added, "other"))
	assert.False(t, SelectorHasLabel(nil, "k"))
}

func FuzzParseToLabelSelector(f *testing.F) {
	for _, seed := range []string{
		"", "a=b", "a==b,c!=d", "env in (prod,dev),!canary", "tier notin (db)", "x", "a>1",
		"example.com/key=v", "a in (", "a=b,a=c", " a = b ",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, in string) {
		ls, err := ParseToLabelSelector(in)
		if err != nil {
			return
		}
		formatted := FormatLabelSelector(ls)
		if formatted == "<error>" {
			t.Fatalf("parsed selector %q does not convert back: %+v", in, ls)
		}
		if formatted == "<none>" {
			return
		}
		again, err := ParseToLabelSelector(formatted)
		if err != nil {
			t.Fatalf("formatted selector %q (from %q) does not parse: %v", formatted, in, err)
		}
		if got := FormatLabelSelector(again); got != formatted {
			t.Fatalf("round trip of %q: got %q, want %q", in, got, formatted)
		}
	})
}
