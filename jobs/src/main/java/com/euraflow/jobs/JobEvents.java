package com.euraflow.jobs;

import java.util.function.Consumer;

/** Job events from every process (PostgreSQL LISTEN/NOTIFY), e.g. to stream progress over SSE. */
public interface JobEvents {

  /** The listener runs on the engine's listener thread: keep it short and never block. Close to unsubscribe. */
  AutoCloseable subscribe(Consumer<JobEvent> listener);
}
