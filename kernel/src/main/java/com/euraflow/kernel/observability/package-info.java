/**
 * Metrics, statement timing and log masking an operator needs to run EuraFlow.
 *
 * <p>The metric names and types are catalogued in {@code docs/observability.md}; the alert rules and
 * the dashboard in {@code deploy/} depend on them.
 */
@NullMarked
package com.euraflow.kernel.observability;

import org.jspecify.annotations.NullMarked;
