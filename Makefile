# skiff — build, test and generation entry points. See README.md.
SHELL := /bin/bash
GO ?= go
# Packages under test: everything in the library module.
PKGS ?= ./...
# Seconds each fuzz target runs in `make fuzz`.
FUZZTIME ?= 5s

.PHONY: all build test fmt-check vet unit verify generate demo integration bench bench-lib fuzz surface

all: build

build:
	$(GO) build $(PKGS)

## test: gofmt check, go vet and the unit tests with the race detector.
test: fmt-check vet unit

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' | grep -v '^bench/' ) 2>&1); \
	if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet $(PKGS)

unit:
	$(GO) test -race -count=1 $(PKGS)

## generate: regenerate every generated file. Stage one (OpenAPI -> api/
## types) runs before stage two (api/ types -> typed clients), which reads it;
## then the migration tool's list of the packages skiff offers.
generate:
	$(GO) generate ./hack/gen-types
	$(GO) generate ./hack/gen-client
	$(GO) generate ./hack/migrate

## verify: generated code and go.mod are what the generators and go mod tidy make.
verify: generate
	$(GO) mod tidy
	@if [ -n "$$(git status --porcelain -- . )" ]; then \
	  echo "verify: the tree differs from what 'make generate' and 'go mod tidy' produce:"; \
	  git status --porcelain -- . | head -40; exit 1; fi

## surface: the surface-match report against ../shared/reference (skips when absent).
surface:
	$(GO) test -count=1 -run 'Surface' -v ./internal/surface/... | grep -E '^(=== RUN|--- |    surface|ok|FAIL|PASS)' || true

## fuzz: run every fuzz target briefly.
fuzz:
	./hack/fuzz.sh $(FUZZTIME)

## bench: skiff against the reference client-go v0.34 (the bench/ module),
## printed as a table of both figures and their ratio. See bench/README.md.
bench:
	cd bench && ./run.sh

## bench-lib: the library's own benchmarks (no reference needed).
bench-lib:
	$(GO) test -run '^$$' -bench . -benchmem $(PKGS)

## demo: start the in-memory API server, seed it, run every example against it.
demo:
	./hack/demo.sh

## integration: build (once, cached) kube-apiserver v1.34.4 and etcd v3.5.21,
## start them on loopback, run test/integration and every example against
## them, and always stop them. See hack/integration/.
integration:
	./hack/integration/run.sh ./hack/integration/test.sh
