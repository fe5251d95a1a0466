package com.euraflow.sandbox.control;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A request as the sandbox received it. The Api-Key header is left out so logs and test output never hold it.
 *
 * @param clientId the Client-Id header as sent ("" if missing)
 */
public record RecordedRequest(Instant receivedAt, String method, String path, String clientId,
    Map<String, List<String>> headers, String body) {}
