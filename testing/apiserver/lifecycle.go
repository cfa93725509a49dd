package apiserver

// stopped returns a channel closed when the server is closed.
func (s *Server) stopped() <-chan struct{} {
	return s.stop
}

// Close ends every open watch; requests after Close are still served.
// It is safe to call more than once.
func (s *Server) Close() {
	s.stopOnce.Do(func() { close(s.stop) })
}
