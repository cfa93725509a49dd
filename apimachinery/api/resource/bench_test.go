package resource

import "testing"

var benchInputs = []string{"100m", "128Mi", "1.5Gi", "2", "500Mi", "1e3", "0.25", "123456789012345678901234"}

func BenchmarkParseQuantity(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := ParseQuantity(benchInputs[i%len(benchInputs)]); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkString(b *testing.B) {
	qs := make([]Quantity, len(benchInputs))
	for i, s := range benchInputs {
		qs[i] = MustParse(s)
		qs[i].s = ""
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		q := qs[i%len(qs)]
		_ = q.String()
	}
}

func BenchmarkMarshalJSON(b *testing.B) {
	q := MustParse("1.5Gi")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := q.MarshalJSON(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkUnmarshalJSON(b *testing.B) {
	data := []byte(`"500m"`)
	var q Quantity
	b.ReportAllocs()
	for b.Loop() {
		if err := q.UnmarshalJSON(data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAddCmp(b *testing.B) {
	x, y := MustParse("100m"), MustParse("1.5Gi")
	b.ReportAllocs()
	for b.Loop() {
		z := x
		z.Add(y)
		_ = z.Cmp(y)
	}
}
