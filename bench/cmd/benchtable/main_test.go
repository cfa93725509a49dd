package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseLine(t *testing.T) {
	tests := []struct {
		name, line, wantName string
		want                 map[string]float64
		wantOK               bool
	}{
		{
			name:     "full line",
			line:     "BenchmarkTypedList/skiff-2   \t 3\t 400 ns/op\t 190 B/op\t 78 allocs/op",
			wantName: "BenchmarkTypedList/skiff",
			want:     map[string]float64{"ns/op": 400, "B/op": 190, "allocs/op": 78},
			wantOK:   true,
		},
		{
			name:     "custom metric",
			line:     "BenchmarkRoundTrip/get/c1/reference-8 10 5.5 ns/op 1461 req/s",
			wantName: "BenchmarkRoundTrip/get/c1/reference",
			want:     map[string]float64{"ns/op": 5.5, "req/s": 1461},
			wantOK:   true,
		},
		{name: "no procs suffix", line: "BenchmarkX 1 2 ns/op", wantName: "BenchmarkX", want: map[string]float64{"ns/op": 2}, wantOK: true},
		{name: "header", line: "goos: linux"},
		{name: "pass", line: "PASS"},
		{name: "bad count", line: "BenchmarkX-2 many 2 ns/op"},
		{name: "bad value", line: "BenchmarkX-2 1 fast ns/op"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name, got, ok := parseLine(tt.line)
			require.Equal(t, tt.wantOK, ok, "ok")
			assert.Equal(t, tt.wantName, name, "name")
			if tt.wantOK {
				assert.Equal(t, tt.want, got, "values")
			}
		})
	}
}

func TestMedian(t *testing.T) {
	tests := []struct {
		name string
		in   []float64
		want float64
	}{
		{"empty", nil, 0},
		{"odd", []float64{3, 1, 2}, 2},
		{"even", []float64{4, 1, 3, 2}, 2.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := median(tt.in); got != tt.want {
				t.Errorf("median(%v) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestRender(t *testing.T) {
	in := `goos: linux
BenchmarkTypedList/skiff-2 1 100 ns/op 10 B/op 1 allocs/op
BenchmarkTypedList/skiff-2 1 300 ns/op 10 B/op 1 allocs/op
BenchmarkTypedList/reference-json-2 1 400 ns/op 40 B/op 4 allocs/op
BenchmarkTypedList/reference-protobuf-2 1 100 ns/op 20 B/op 2 allocs/op
BenchmarkLonely/skiff-2 1 1 ns/op
PASS
`
	res, err := parse(strings.NewReader(in))
	require.NoError(t, err)
	var out bytes.Buffer
	require.NoError(t, render(&out, res))
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	require.Len(t, lines, 3, "header and two pairs:\n%s", out.String())
	assert.NotContains(t, lines[0], "req/s", "no pair reports req/s")
	assert.Regexp(t, `TypedList\s+reference-json\s+200\s+400\s+0\.50x\s+10\.0\s+40\.0\s+0\.25x\s+1\.0\s+4\.0\s+0\.25x\s*$`, lines[1])
	assert.Regexp(t, `TypedList\s+reference-protobuf\s+200\s+100\s+2\.00x`, lines[2])
}

func TestRenderVariantsAndCustomUnits(t *testing.T) {
	in := `BenchmarkInformer/skiff-2 1 100 ns/op 50 retained-B
BenchmarkInformer/skiff-strip-2 1 90 ns/op 30 retained-B
BenchmarkInformer/reference-json-2 1 400 ns/op 100 retained-B
BenchmarkInformer/referencex-2 1 1 ns/op 1 retained-B
BenchmarkInformer/skiff-json-2 1 80 ns/op 20 retained-B
BenchmarkInformer/reference-protobuf-2 1 200 ns/op 100 retained-B
BenchmarkRoundTrip/skiff-2 1 10 ns/op 5 req/s
BenchmarkRoundTrip/reference-2 1 20 ns/op 4 req/s
`
	res, err := parse(strings.NewReader(in))
	require.NoError(t, err)
	var out bytes.Buffer
	require.NoError(t, render(&out, res))
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	require.Len(t, lines, 7, "header and six pairs:\n%s", out.String())
	assert.Regexp(t, `skiff retained-B\s+reference\s+ratio\s+skiff req/s`, lines[0])
	assert.Regexp(t, `Informer\s+reference-json\s+100\s+400\s+0\.25x\s+50\.0\s+100\s+0\.50x\s+-\s+-\s+-`, lines[1])
	assert.Regexp(t, `Informer\s+reference-protobuf\s+100\s+200\s+0\.50x`, lines[2])
	assert.Regexp(t, `Informer\s+skiff-strip vs reference-json\s+90\.0\s+400\s+0\.23x\s+30\.0\s+100\s+0\.30x`, lines[3])
	assert.Regexp(t, `Informer\s+skiff-strip vs reference-protobuf\s`, lines[4])
	assert.Regexp(t, `Informer\s+skiff-json vs reference-json\s+80\.0\s+400\s+0\.20x`, lines[5], "skiff-json is not paired with reference-protobuf")
	assert.Regexp(t, `RoundTrip\s+reference\s+10\.0\s+20\.0\s+0\.50x\s+-\s+-\s+-\s+5\.0\s+4\.0\s+1\.25x`, lines[6])
}

func TestRenderNoPairs(t *testing.T) {
	res, err := parse(strings.NewReader("BenchmarkX/skiff-2 1 1 ns/op\n"))
	require.NoError(t, err)
	assert.Error(t, render(&bytes.Buffer{}, res))
}
