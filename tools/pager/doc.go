// Package pager lists large collections in pages. A ListPager calls a
// ListPageFunc with a limit and the continue token of the previous page
// until the server has no more, and either gathers the pages into one list
// (List) or hands each item to a callback while the next pages are fetched
// in the background (EachListItem).
//
// When the server has compacted away the resource version the first page
// was served at, a continuation page fails with 410 Expired; by default the
// pager then falls back to one un-paginated list at the requested resource
// version.
package pager
