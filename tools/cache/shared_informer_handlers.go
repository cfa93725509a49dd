package cache

import (
	"fmt"
	"time"

	"github.com/skiff-k8s/skiff/apimachinery/api/meta"
)

// AddEventHandler registers handler with the default resync period.
func (s *sharedIndexInformer) AddEventHandler(handler ResourceEventHandler) (ResourceEventHandlerRegistration, error) {
	return s.AddEventHandlerWithOptions(handler, HandlerOptions{})
}

// AddEventHandlerWithResyncPeriod registers handler with its own resync period.
func (s *sharedIndexInformer) AddEventHandlerWithResyncPeriod(handler ResourceEventHandler, resyncPeriod time.Duration) (ResourceEventHandlerRegistration, error) {
	return s.AddEventHandlerWithOptions(handler, HandlerOptions{ResyncPeriod: &resyncPeriod})
}

// AddEventHandlerWithOptions registers handler. After start, the handler
// first gets the cache's current contents as initial-list adds, delivered
// while delta processing waits.
func (s *sharedIndexInformer) AddEventHandlerWithOptions(handler ResourceEventHandler, options HandlerOptions) (ResourceEventHandlerRegistration, error) {
	s.startedLock.Lock()
	defer s.startedLock.Unlock()
	if s.stopped {
		return nil, fmt.Errorf("handler %T was not added to shared informer because it has stopped already", handler)
	}
	resyncPeriod := s.defaultEventHandlerResyncPeriod
	if options.ResyncPeriod != nil {
		resyncPeriod = *options.ResyncPeriod
	}
	resyncPeriod = s.adjustResyncPeriodLocked(resyncPeriod)
	logger := s.logger
	if options.Logger != nil {
		logger = options.Logger
	}
	listener := newProcessorListener(logger, handler, resyncPeriod,
		determineResyncPeriod(resyncPeriod, s.resyncCheckPeriod), time.Now(), s.HasSynced)
	if !s.started {
		return s.processor.addListener(listener), nil
	}
	s.blockDeltas.Lock()
	defer s.blockDeltas.Unlock()
	handle := s.processor.addListener(listener)
	for _, item := range s.indexer.List() {
		listener.add(addNotification{newObj: item, isInInitialList: true})
	}
	return handle, nil
}

// adjustResyncPeriodLocked applies the resync rules to a handler's period:
// 0 stays 0, anything else is at least minimumResyncPeriod; a period below
// the informer's check period lowers the check period before start and is
// raised to it after. (An informer whose check period is 0 never resyncs.)
// The caller holds startedLock.
func (s *sharedIndexInformer) adjustResyncPeriodLocked(period time.Duration) time.Duration {
	if period <= 0 {
		return 0
	}
	period = max(period, minimumResyncPeriod)
	if period >= s.resyncCheckPeriod {
		return period
	}
	if s.started {
		s.logger.Warn("shared informer: handler resync period is below the running informer's check period; raised to it",
			"requested", period, "checkPeriod", s.resyncCheckPeriod)
		return s.resyncCheckPeriod
	}
	s.resyncCheckPeriod = period
	s.processor.resyncCheckPeriodChanged(period)
	return period
}

// RemoveEventHandler unregisters the handler behind handle.
func (s *sharedIndexInformer) RemoveEventHandler(handle ResourceEventHandlerRegistration) error {
	s.startedLock.Lock()
	defer s.startedLock.Unlock()
	s.blockDeltas.Lock()
	defer s.blockDeltas.Unlock()
	return s.processor.removeListener(handle)
}

// handleDeltas is the controller's ProcessFunc: it applies popped Deltas to
// the cache and distributes the notifications.
func (s *sharedIndexInformer) handleDeltas(obj interface{}, isInInitialList bool) error {
	s.blockDeltas.Lock()
	defer s.blockDeltas.Unlock()
	deltas, ok := obj.(Deltas)
	if !ok {
		return fmt.Errorf("shared informer: popped a %T, want Deltas", obj)
	}
	for _, d := range deltas {
		if err := s.applyDelta(d, isInInitialList); err != nil {
			return fmt.Errorf("shared informer: applying a %s delta: %w", d.Type, err)
		}
	}
	return nil
}

// applyDelta applies one delta to the cache and notifies the listeners.
// Sync deltas, and Replaced deltas of an unchanged resourceVersion, are
// resyncs: only listeners due for a resync get them.
func (s *sharedIndexInformer) applyDelta(d Delta, isInInitialList bool) error {
	obj := d.Object
	switch d.Type {
	case Sync, Replaced, Added, Updated:
		s.mutationDetector.AddObject(obj)
		old, exists, err := s.indexer.Get(obj)
		if err != nil {
			return err
		}
		if !exists {
			if err := s.indexer.Add(obj); err != nil {
				return err
			}
			s.processor.distribute(addNotification{newObj: obj, isInInitialList: isInInitialList}, false)
			return nil
		}
		if err := s.indexer.Update(obj); err != nil {
			return err
		}
		s.processor.distribute(updateNotification{oldObj: old, newObj: obj}, isResync(d, old))
		return nil
	case Deleted:
		if err := s.indexer.Delete(obj); err != nil {
			return err
		}
		s.processor.distribute(deleteNotification{oldObj: obj}, false)
		return nil
	}
	return fmt.Errorf("unknown delta type %q", d.Type)
}

// isResync reports whether an update delta over old is a resync: a Sync, or
// a Replaced with old's resourceVersion.
func isResync(d Delta, old interface{}) bool {
	switch d.Type {
	case Sync:
		return true
	case Replaced:
		newMeta, err := meta.Accessor(d.Object)
		if err != nil {
			return false
		}
		oldMeta, err := meta.Accessor(old)
		if err != nil {
			return false
		}
		return newMeta.GetResourceVersion() == oldMeta.GetResourceVersion()
	}
	return false
}
