package labels

import (
	"strings"
	"testing"

	"github.com/skiff-k8s/skiff/apimachinery/selection"
	"github.com/skiff-k8s/skiff/apimachinery/util/validation/field"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseCanonicalString(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"", ""},
		{"   ", ""},
		{"x=a", "x=a"},
		{"x==a", "x==a"},
		{"x!=a", "x!=a"},
		{"x = a", "x=a"},
		{"x=", "x="},
		{"x=,z=", "x=,z="},
		{"y=b,x=a", "x=a,y=b"},
		{"x", "x"},
		{"!x", "!x"},
		{" ! x ", "!x"},
		{"x in (b,a)", "x in (a,b)"},
		{"x in (a,a,b)", "x in (a,b)"},
		{"x notin (c)", "x notin (c)"},
		{"x in ()", "x in ()"},
		{"x in (a,)", "x in (,a)"},
		{"x in (,a)", "x in (,a)"},
		{"x in (,)", "x in ()"},
		{"x in(a)", "x in (a)"},
		{"x>1", "x>1"},
		{"x < 10", "x<10"},
		{"x=in", "x=in"},
		{"in=x", "in=x"},
		{"x in (in,notin)", "x in (in,notin)"},
		{"example.com/app=web", "example.com/app=web"},
		{"z,a=b,!c,d in (x,y)", "a=b,!c,d in (x,y),z"},
		{"x=a\t,\ny=b\r", "x=a,y=b"},
		{"a.b-c_d=E.F-G_H", "a.b-c_d=E.F-G_H"},
		{"x= ,z= ", "x=,z="},
		{"\rx", "x"},
		{"a ", "a"},
		{"1foo in (bar)", "1foo in (bar)"},
		{"0.1.2.domain/99 notin (10.10.100.1, tick.tack.clock)", "0.1.2.domain/99 notin (10.10.100.1,tick.tack.clock)"},
		{"foo  in\t (abc)", "foo in (abc)"},
		{"x notin\n (abc)", "x notin (abc)"},
		{"x notin ( )", "x notin ()"},
		{"x notin (, a)", "x notin (,a)"},
		{"x notin (abc,def),bar,z in (),w", "bar,w,x notin (abc,def),z in ()"},
		{"a in (x,y,notin, z,in)", "a in (in,notin,x,y,z)"},
		{"x>1,z<5", "x>1,z<5"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			sel, err := Parse(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, sel.String())
			again, err := Parse(sel.String())
			require.NoError(t, err, "String() must re-parse")
			assert.Equal(t, tt.want, again.String(), "round trip")
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		in      string
		wantErr []string // substrings the error must contain
	}{
		{"x=a||y=b", []string{`values[0]: Invalid value: "a||y"`}},
		{"x==a==b", []string{"found '=='", "expected: ',' or 'end of string'"}},
		{",", []string{"found ','", "expected: !, identifier"}},
		{"x,", []string{"found ''", "identifier after ','"}},
		{"x,,y", []string{"found ','", "identifier after ','"}},
		{"x=a,", []string{"identifier after ','"}},
		{"x in (a", []string{"found ''", "expected: ',' or ')'"}},
		{"x in a", []string{"found 'a'", "expected: '('"}},
		{"x in (a b)", []string{"found 'b'", "expected: ',' or ')'"}},
		{"x in (a=b)", []string{"found '='"}},
		{"x notin", []string{"expected: '('"}},
		{"x y", []string{"found 'y'", "expected: in, notin, =, ==, !=, gt, lt"}},
		{"x gt 3", []string{"found 'gt'"}},
		{"!x=a", []string{"found '='", "after '!x'"}},
		{"!", []string{"found ''", "expected: identifier"}},
		{"=a", []string{"found '='"}},
		{"(x)", []string{"found '('"}},
		{"x>a", []string{"must be an integer"}},
		{"x<", []string{"must be an integer"}},
		{"x>-1", []string{"values[0]"}},
		{"a b=c", []string{"found 'b'"}},
		{"-a=b", []string{`key: Invalid value: "-a"`, "name part"}},
		{"a/b/c=d", []string{`key: Invalid value: "a/b/c"`}},
		{"Example.com/a=b", []string{"prefix part"}},
		{strings.Repeat("k", 64) + "=v", []string{"must be no more than 63 characters"}},
		{"x=" + strings.Repeat("v", 64), []string{"must be no more than 63 characters"}},
		{"x=a b", []string{"found 'b'"}},
		{"x=-a", []string{`values[0]: Invalid value: "-a"`}},
		{"x in (a,-b)", []string{`Invalid value: "-b"`}},
		{"x=a)", []string{"found ')'"}},
		{"x nott in (y)", []string{"found 'nott'"}},
		{"a in (xyz),", []string{"identifier after ','"}},
		{"a in (xyz)b notin ()", []string{"found 'b'"}},
		{"a (", []string{"found '('"}},
		{"a notin(", []string{"found ''"}},
		{"a in (xyz abc)", []string{"found 'abc'"}},
		{strings.Repeat("a", 254), []string{"must be no more than 63 characters"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			sel, err := Parse(tt.in)
			require.Error(t, err, "Parse(%q) = %v", tt.in, sel)
			for _, want := range tt.wantErr {
				assert.Contains(t, err.Error(), want)
			}
			_, err = ParseToRequirements(tt.in)
			assert.Error(t, err, "ParseToRequirements must agree")
		})
	}
}

func TestParseWithPath(t *testing.T) {
	_, err := Parse("-a=b", field.WithPath(field.NewPath("spec", "selector")))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "spec.selector.key: Invalid value")
}

func TestParseToRequirementsKeepsOrder(t *testing.T) {
	reqs, err := ParseToRequirements("z=1,a in (b,c),!m")
	require.NoError(t, err)
	require.Len(t, reqs, 3)
	assert.Equal(t, "z", reqs[0].Key())
	assert.Equal(t, selection.Equals, reqs[0].Operator())
	assert.Equal(t, selection.In, reqs[1].Operator())
	assert.Equal(t, []string{"b", "c"}, reqs[1].ValuesUnsorted())
	assert.Equal(t, selection.DoesNotExist, reqs[2].Operator())
	assert.Empty(t, reqs[2].ValuesUnsorted())
}

func TestParseOperators(t *testing.T) {
	tests := []struct {
		in   string
		op   selection.Operator
		vals []string
	}{
		{"a", selection.Exists, []string{}},
		{"!a", selection.DoesNotExist, []string{}},
		{"a=b", selection.Equals, []string{"b"}},
		{"a==b", selection.DoubleEquals, []string{"b"}},
		{"a!=b", selection.NotEquals, []string{"b"}},
		{"a in (b)", selection.In, []string{"b"}},
		{"a notin (b)", selection.NotIn, []string{"b"}},
		{"a>1", selection.GreaterThan, []string{"1"}},
		{"a<1", selection.LessThan, []string{"1"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			reqs, err := ParseToRequirements(tt.in)
			require.NoError(t, err)
			require.Len(t, reqs, 1)
			assert.Equal(t, "a", reqs[0].Key())
			assert.Equal(t, tt.op, reqs[0].Operator())
			assert.Equal(t, tt.vals, reqs[0].ValuesUnsorted())
		})
	}
}

func TestLexer(t *testing.T) {
	type item struct {
		tok Token
		lit string
	}
	tests := []struct {
		in   string
		want []item
	}{
		{"", nil},
		{"key", []item{{IdentifierToken, "key"}}},
		{"a!=b", []item{{IdentifierToken, "a"}, {NotEqualsToken, "!="}, {IdentifierToken, "b"}}},
		{"a==b", []item{{IdentifierToken, "a"}, {DoubleEqualsToken, "=="}, {IdentifierToken, "b"}}},
		{"!a", []item{{DoesNotExistToken, "!"}, {IdentifierToken, "a"}}},
		{"x in (y,z)", []item{{IdentifierToken, "x"}, {InToken, "in"}, {OpenParToken, "("}, {IdentifierToken, "y"}, {CommaToken, ","}, {IdentifierToken, "z"}, {ClosedParToken, ")"}}},
		{"x notin", []item{{IdentifierToken, "x"}, {NotInToken, "notin"}}},
		{"a>1<", []item{{IdentifierToken, "a"}, {GreaterThanToken, ">"}, {IdentifierToken, "1"}, {LessThanToken, "<"}}},
		{"=!", []item{{EqualsToken, "="}, {DoesNotExistToken, "!"}}},
		{"!=(", []item{{NotEqualsToken, "!="}, {OpenParToken, "("}}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			l := &Lexer{s: tt.in}
			var got []item
			for {
				tok, lit := l.Lex()
				if tok == EndOfStringToken {
					break
				}
				got = append(got, item{tok, lit})
				if tok == ErrorToken || len(got) > 20 {
					break
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestTokenValues(t *testing.T) {
	assert.Equal(t, Token(0), ErrorToken)
	assert.Equal(t, Token(1), EndOfStringToken)
	assert.Equal(t, Token(8), IdentifierToken)
	assert.Equal(t, Token(13), OpenParToken)
	assert.Equal(t, ParserContext(0), KeyAndOperator)
	assert.Equal(t, ParserContext(1), Values)
}
