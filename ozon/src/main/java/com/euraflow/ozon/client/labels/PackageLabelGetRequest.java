package com.euraflow.ozon.client.labels;

/** {@code POST /v1/posting/fbs/package-label/get}: polls a label task. */
public record PackageLabelGetRequest(long taskId) {}
