package com.euraflow.sandbox.world;

import java.util.List;

/** An asynchronous label task of {@code /v2/posting/fbs/package-label/create}. */
public record LabelTask(long id, String type, List<String> postingNumbers, long createdAt) {}
