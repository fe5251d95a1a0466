package com.euraflow.jobs;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Admin view of one lane: jobs due and waiting, scheduled for later, running, dead; oldest waiting since. */
public record LaneStats(
    String lane, long waiting, long scheduled, long running, long dead, @Nullable Instant oldestWaitingSince) {}
